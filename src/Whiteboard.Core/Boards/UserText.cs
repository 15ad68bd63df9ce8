using System.Globalization;
using System.Text;

namespace Whiteboard.Core.Boards;

/// <summary>
/// Cleans text a person typed before it is decided on: NFC, trimmed, Windows line ends folded; control characters refused.
/// Length counts what a person sees as characters (text elements), so an emoji is one and Chinese is one per character.
/// </summary>
public static class UserText
{
    public enum Problem { None, Empty, TooLong, ControlCharacters }

    public static (string Text, Problem Problem) Clean(string? raw, int maxLength, bool multiline)
    {
        if (raw is null) return ("", Problem.Empty);
        // Unicode line and paragraph separators are line breaks too; a byte-order mark is never meant as text.
        var text = raw.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u2028', '\n').Replace('\u2029', '\n').Replace("\uFEFF", "");
        if (!multiline) text = text.Replace('\n', ' ').Replace('\t', ' ');
        text = text.Trim();
        if (text.Length == 0) return ("", Problem.Empty);
        // A grapheme can hide any number of combining marks; bound the raw size too.
        if (text.Length > maxLength * 8) return ("", Problem.TooLong);
        foreach (var c in text)
            if ((char.IsControl(c) && c != '\n' && c != '\t') || IsBidiControl(c) || c is '\uFFFE' or '\uFFFF')
                return ("", Problem.ControlCharacters); // U+FFFE/FFFF are not characters: no document (XML, SVG) may hold them
        if (!text.Any(IsVisible)) return ("", Problem.Empty);
        try
        {
            if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return ("", Problem.ControlCharacters); // lone surrogates: not text anyone typed
        }
        return new StringInfo(text).LengthInTextElements > maxLength ? ("", Problem.TooLong) : (text, Problem.None);
    }

    /// <summary>Embedding and override marks can make a name display as something else (U+202A–E, U+2066–9).</summary>
    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Zero-width and other format characters alone do not make a note or a name.</summary>
    private static bool IsVisible(char c) => !char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;
}
