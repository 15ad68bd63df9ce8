namespace Whiteboard.Core.ActionItems;

/// <summary>
/// An open action item of an earlier workshop, brought into a later one's Reflection stage so the cohort reflects on what
/// actually happened. A copy as it stood when the later workshop was made; read-only there.
/// </summary>
public sealed record CarriedAction(Guid ActionItemId, int FromGroup, string What, string OwnerName, DateOnly? Due, ActionStatus Status, string Progress);
