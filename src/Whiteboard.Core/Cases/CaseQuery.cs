namespace Whiteboard.Core.Cases;

/// <summary>
/// A library search (rule K4): words to find and filters — a tag (domain or topic), the unit, whose it is, the class's
/// year, the status. <see cref="VisibleTo"/> set: only published cases and that facilitator's own (rule K5).
/// </summary>
public sealed record CaseQuery(
    string? Text = null,
    string? Tag = null,
    string? Unit = null,
    Guid? FacilitatorId = null,
    int? Year = null,
    CaseStatus? Status = null,
    Guid? WorkshopId = null,
    Guid? VisibleTo = null)
{
    /// <summary>Everything but the words: whether a case that contains them is one the query wants.</summary>
    public bool Admits(Case c) =>
        (Tag is null || c.Tags.Topics.Contains(Tag, StringComparer.OrdinalIgnoreCase) || string.Equals(c.Tags.Domain, Tag, StringComparison.OrdinalIgnoreCase))
        && (Unit is null || string.Equals(c.Tags.Unit, Unit, StringComparison.OrdinalIgnoreCase))
        && (FacilitatorId is null || c.FacilitatorId == FacilitatorId)
        && (Year is null || c.Year == Year)
        && (Status is null || c.Status == Status)
        && (WorkshopId is null || c.WorkshopId == WorkshopId)
        && (VisibleTo is null || c.Status == CaseStatus.Published || c.FacilitatorId == VisibleTo);

    /// <summary>Rule K4, the whole of it: the filters and every word.</summary>
    public bool Matches(Case c) => Admits(c) && CaseSearch.Matches(c, CaseSearch.Terms(Text));
}
