using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

public sealed record DeleteActionItem(Guid ActionItemId) : BoardCommand;
