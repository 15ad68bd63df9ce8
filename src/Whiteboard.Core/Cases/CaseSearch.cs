using System.Globalization;
using System.Text;

namespace Whiteboard.Core.Cases;

/// <summary>
/// Rule K4: what a library search matches — the one definition both stores verify their candidates with. A query is
/// terms split on white space; a case matches when every term is found, ignoring case, somewhere in its title, write-up,
/// workshop title or tags, inside words too: Chinese has no spaces between words, so 改革 is found in 深化改革措施.
/// </summary>
public static class CaseSearch
{
    /// <summary>The query's terms, folded, each once.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        [.. (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold).Distinct().Take(MaxTerms)];

    /// <summary>A query is at most this many terms (more are not read): a long query is not a way to load the server.</summary>
    public const int MaxTerms = 8;

    public static bool Matches(Case @case, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0) return true;
        var text = Fold(TextOf(@case));
        return terms.All(t => text.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>Everything a search reads of a case, one part per line (the stores index exactly this).</summary>
    public static string TextOf(Case @case)
    {
        var text = new StringBuilder().AppendLine(@case.Title).AppendLine(@case.WorkshopTitle);
        foreach (var (_, part) in @case.Sections.All) text.AppendLine(part);
        foreach (var tag in @case.Tags.All) text.AppendLine(tag);
        return text.ToString();
    }

    /// <summary>Compatibility forms and case folded the same way for the text and the terms (ｅ and E find e).</summary>
    public static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);
}
