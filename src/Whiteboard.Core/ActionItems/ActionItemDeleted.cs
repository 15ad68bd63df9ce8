using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

public sealed record ActionItemDeleted(Guid ActionItemId) : BoardEvent;
