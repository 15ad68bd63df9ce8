namespace Whiteboard.Core.Boards;

/// <summary>Maps a board language to the culture name used for resources, and back.</summary>
public static class BoardLanguageCulture
{
    public const string Default = "zh-CN";

    public static string CultureName(this BoardLanguage language) => language switch
    {
        BoardLanguage.ZhCn => "zh-CN",
        BoardLanguage.En => "en",
        _ => Default,
    };

    /// <summary>Reads "zh-CN", "zh", "en", "en-US"…; anything else is the default, Chinese.</summary>
    public static BoardLanguage Parse(string? name) =>
        name is not null && name.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? BoardLanguage.En : BoardLanguage.ZhCn;
}
