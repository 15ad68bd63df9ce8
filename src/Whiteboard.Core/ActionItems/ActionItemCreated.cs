using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

/// <summary>
/// The maker is the envelope's actor, the time its timestamp; a new item has not started. <see cref="MakerHidden"/>: made
/// from an anonymous note, so the maker is shown to nobody else (rule H3).
/// </summary>
public sealed record ActionItemCreated(Guid ActionItemId, string StageId, Guid? FromNoteId, string What, Guid? OwnerId, string OwnerName, DateOnly? Due, bool MakerHidden = false) : BoardEvent;
