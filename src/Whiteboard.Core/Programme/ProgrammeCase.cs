namespace Whiteboard.Core.Programme;

/// <summary>
/// The little the programme numbers need of a case (案例) of the case library: the workshop it was written from, whether it
/// is published or still a draft, and when it was made (it counts in the period that day falls in, rule PN6).
/// </summary>
public sealed record ProgrammeCase(Guid CaseId, Guid WorkshopId, bool Published, DateTimeOffset CreatedAt);
