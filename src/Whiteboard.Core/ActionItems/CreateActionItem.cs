using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

/// <summary>Rule A1: makes an action item in the current Action stage, from a note or from scratch.</summary>
public sealed record CreateActionItem(Guid ActionItemId, string What, ActionOwner Owner, DateOnly? Due = null, Guid? FromNoteId = null) : BoardCommand;
