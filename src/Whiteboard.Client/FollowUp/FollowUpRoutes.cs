namespace Whiteboard.Client.FollowUp;

/// <summary>
/// An action owner's follow-up page, opened from their personal link weeks after the class: /f#t={token}. The token is
/// in the fragment, which the browser never sends to the server, so access logs never keep it; /f/{token} (older links)
/// still opens.
/// </summary>
public static class FollowUpRoutes
{
    public const string TokenFragment = "#t=";

    public static string Page(string token) => "f" + TokenFragment + Uri.EscapeDataString(token);

    /// <summary>The token in a page address of the fragment form, or null.</summary>
    public static string? TokenIn(string pageUri) =>
        pageUri.IndexOf(TokenFragment, StringComparison.Ordinal) is var at and >= 0 && at + TokenFragment.Length < pageUri.Length
            ? Uri.UnescapeDataString(pageUri[(at + TokenFragment.Length)..])
            : null;
}
