using System.Globalization;
using Whiteboard.Core.Boards;

namespace Whiteboard.Server.Localization;

/// <summary>The two languages the product speaks; Chinese is the default.</summary>
public static class Cultures
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    public static readonly CultureInfo[] Supported = [Chinese, English];

    public static CultureInfo For(BoardLanguage language) => language == BoardLanguage.En ? English : Chinese;

    public static CultureInfo For(string? name) => For(BoardLanguageCulture.Parse(name));
}
