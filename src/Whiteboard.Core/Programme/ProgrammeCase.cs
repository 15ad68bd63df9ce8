using Whiteboard.Core.Cases;

namespace Whiteboard.Core.Programme;

/// <summary>
/// The little the programme numbers need of a case of the library (rule PN6): the workshop it was written from, when it
/// was drafted, and when it was published (none while it is a draft).
/// </summary>
public sealed record ProgrammeCase(Guid CaseId, Guid WorkshopId, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt)
{
    public static ProgrammeCase Of(Case c) => new(c.CaseId, c.WorkshopId, c.CreatedAt, c.Status == CaseStatus.Published ? c.PublishedAt : null);
}
