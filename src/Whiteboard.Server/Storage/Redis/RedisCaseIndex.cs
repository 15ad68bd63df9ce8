using Whiteboard.Core.Cases;

namespace Whiteboard.Server.Storage.Redis;

/// <summary>
/// Rule K4 in distributed mode: a case is indexed by every two characters of its folded text (a set of case ids per pair),
/// so a word of two characters or more narrows the candidates to the intersection of its pairs' sets — inside words too,
/// as Chinese needs. A one-character word narrows nothing. Candidates are then checked with <see cref="CaseQuery.Matches"/>.
/// </summary>
internal static class RedisCaseIndex
{
    public static IReadOnlySet<string> Grams(Case @case) => Grams(CaseSearch.Fold(CaseSearch.TextOf(@case)));

    /// <summary>The pairs of a folded text, leaving out those across a space or a line: no query term holds one.</summary>
    public static IReadOnlySet<string> Grams(string folded)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        var runes = folded.EnumerateRunes().Select(r => r.ToString()).ToList();
        for (var i = 0; i + 1 < runes.Count; i++)
            if (!string.IsNullOrWhiteSpace(runes[i]) && !string.IsNullOrWhiteSpace(runes[i + 1])) grams.Add(runes[i] + runes[i + 1]);
        return grams;
    }
}
