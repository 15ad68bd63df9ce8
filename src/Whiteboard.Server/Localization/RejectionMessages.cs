using System.Globalization;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Localization;

/// <summary>A rejection's message in a given language, from the shared resources (RejectionText.resx in the core).</summary>
public sealed class RejectionMessages(IStringLocalizer<RejectionText> localizer)
{
    public string For(RejectionCode code, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture; // the localizer reads the current UI culture
        try
        {
            return localizer[code.ToString(), RejectionText.Arguments(code)];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
