using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

public sealed record EditActionItem(Guid ActionItemId, string What, ActionOwner Owner, DateOnly? Due = null) : BoardCommand;
