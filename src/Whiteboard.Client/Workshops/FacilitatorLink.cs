using System.Text.RegularExpressions;

namespace Whiteboard.Client.Workshops;

/// <summary>A workshop's facilitator link, as pasted: <c>…/b/{code}#facilitator={secret}</c>.</summary>
public static partial class FacilitatorLink
{
    /// <summary>The code and secret in a pasted facilitator link; null for anything else (a bare code, say).</summary>
    public static (string Code, string Secret)? Parse(string text) =>
        Pattern().Match(text.Trim()) is { Success: true } m ? (m.Groups[1].Value.ToUpperInvariant(), Uri.UnescapeDataString(m.Groups[2].Value)) : null;

    [GeneratedRegex(@"/b/([A-Za-z0-9]{6})/?#facilitator=([^&\s]+)$")]
    private static partial Regex Pattern();
}
