namespace Whiteboard.Core.Protocol;

/// <summary>
/// A facilitator signs out every other device of the workshop's facilitators: the facilitator secret is replaced, and every
/// other facilitator leaves every group at once (docs/SECURITY.md).
/// </summary>
public sealed record SignOutRequest(Guid OpId);
