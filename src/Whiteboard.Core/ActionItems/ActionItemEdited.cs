using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

public sealed record ActionItemEdited(Guid ActionItemId, string What, Guid? OwnerId, string OwnerName, DateOnly? Due) : BoardEvent;
