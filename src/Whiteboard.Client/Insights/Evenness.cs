using Whiteboard.Core.Insights;

namespace Whiteboard.Client.Insights;

/// <summary>
/// How evenly a group took part, in words a facilitator can act on: the most active third's share of the named notes,
/// against the share they would have if everyone wrote as much.
/// </summary>
public sealed record Evenness(int Top, int People, double Share, double EvenShare)
{
    public enum Verdict { Even, SomewhatConcentrated, Concentrated }

    /// <summary>The share compared with an even one: up to a quarter more is even; over 60% more, a few did the talking.</summary>
    public Verdict Judge() => (Share / EvenShare) switch
    {
        <= 1.25 => Verdict.Even,
        <= 1.6 => Verdict.SomewhatConcentrated,
        _ => Verdict.Concentrated,
    };

    /// <summary>Null when nothing was written under a name (anonymous stages stay anonymous) or there is one person.</summary>
    public static Evenness? Of(GroupInsight group)
    {
        if (group.TopThirdShare is not { } share || group.People.Count < 2) return null;
        var top = (int)Math.Ceiling(group.People.Count / 3.0);
        return new Evenness(top, group.People.Count, share, top / (double)group.People.Count);
    }
}
