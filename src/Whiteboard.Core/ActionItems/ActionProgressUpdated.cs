using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

public sealed record ActionProgressUpdated(Guid ActionItemId, ActionStatus Status, string Progress) : BoardEvent;
