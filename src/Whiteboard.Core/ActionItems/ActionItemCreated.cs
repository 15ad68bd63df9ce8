using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

/// <summary>The creator is the envelope's actor, the time its timestamp; a new item has not started.</summary>
public sealed record ActionItemCreated(Guid ActionItemId, string StageId, Guid? FromNoteId, string What, Guid? OwnerId, string OwnerName, DateOnly? Due) : BoardEvent;
