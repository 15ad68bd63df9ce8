using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Cases;

/// <summary>Rules K1–K2: what a saved case may hold. The server saves only what passes; forms check with the same rules.</summary>
public static class CaseRules
{
    public const int MaxSectionLength = 4_000;
    public const int MaxTopics = 10;
    public const int MaxTagLength = 20;

    /// <summary>Rule K1: a part of the write-up, newlines kept; empty is fine (a draft fills up over time).</summary>
    public static readonly TextField Section = new(MaxSectionLength, true, null, RejectionCode.CaseTextTooLong);

    /// <summary>Rule K2: a topic, one short line.</summary>
    public static readonly TextField Topic = new(MaxTagLength, false, null, RejectionCode.CaseTagsInvalid);

    /// <summary>The edit as it will be kept (cleaned, blank topics dropped, each topic once), or why it is refused.</summary>
    public static (CaseEdit? Edit, RejectionCode? Refusal) Check(CaseEdit? edit)
    {
        if (edit?.Sections is null || edit.Tags?.Topics is null || !Enum.IsDefined(edit.Status)) return (null, RejectionCode.MalformedMessage);
        var (title, badTitle) = TypedText.Title.Check(edit.Title);
        if (badTitle is not null) return (null, badTitle);
        var texts = new List<string>();
        foreach (var (_, text) in edit.Sections.All)
        {
            var (clean, bad) = Section.Check(text);
            if (bad is not null) return (null, bad);
            texts.Add(clean);
        }
        var (domain, badDomain) = TypedText.Unit.Check(edit.Tags.Domain);
        var (unit, badUnit) = TypedText.Unit.Check(edit.Tags.Unit);
        if ((badDomain ?? badUnit) is { } badTag) return (null, badTag == RejectionCode.UnitTooLong ? RejectionCode.CaseTagsInvalid : badTag);
        var topics = new List<string>();
        foreach (var raw in edit.Tags.Topics)
        {
            var (topic, bad) = Topic.Check(raw);
            if (bad is not null) return (null, bad);
            if (topic.Length > 0 && !topics.Contains(topic, StringComparer.OrdinalIgnoreCase)) topics.Add(topic);
        }
        if (topics.Count > MaxTopics) return (null, RejectionCode.CaseTagsInvalid);
        return (new CaseEdit(title, new CaseSections(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6]),
            new CaseTags(domain, unit, topics), edit.Status), null);
    }
}
