namespace Whiteboard.Core.Protocol.Http;

/// <summary>Who a programme credential opens the pages for: the office, or one facilitator (their name and unit).</summary>
public sealed record ProgrammeIdentity(bool IsOffice, Guid? FacilitatorId, string? Name, string? Unit);
