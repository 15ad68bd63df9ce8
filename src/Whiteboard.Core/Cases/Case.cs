using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Cases;

/// <summary>
/// A group's work written up for the college's library (案例, rule K1): which workshop and group it comes from, whose it is
/// (the facilitator who made the workshop with their link, rule O2; none for a workshop made without one), its write-up,
/// tags and status, the day of the class, and when it was made, last changed and published. Times are given, never read from a clock here.
/// </summary>
public sealed record Case(
    Guid CaseId,
    Guid WorkshopId,
    string WorkshopTitle,
    DateOnly ClassDate,
    Guid BoardId,
    int GroupNumber,
    Guid? FacilitatorId,
    BoardLanguage Language,
    string Title,
    CaseSections Sections,
    CaseTags Tags,
    CaseStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt)
{
    /// <summary>Rule K3: the case as saved now — its first publication keeps its date; a draft again has none.</summary>
    public Case With(CaseEdit edit, DateTimeOffset now) => this with
    {
        Title = edit.Title,
        Sections = edit.Sections,
        Tags = edit.Tags,
        Status = edit.Status,
        UpdatedAt = now,
        PublishedAt = edit.Status == CaseStatus.Published ? PublishedAt ?? now : null,
    };

    /// <summary>The year the library files it under: the class's (its workshop's day, in class time, rule W6).</summary>
    public int Year => ClassDate.Year;
}
