namespace Whiteboard.Client.ActionItems;

/// <summary>An action item being made (<see cref="ActionItemId"/> null) or changed, as typed so far: kept in the browser.</summary>
public sealed record KeptActionDraft(Guid? ActionItemId, ActionDraft Draft);
