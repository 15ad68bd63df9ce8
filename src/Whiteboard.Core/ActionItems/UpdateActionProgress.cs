using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.ActionItems;

/// <summary>Rule A4: its owner (or a facilitator) says how it stands, at any time — also weeks after the class.</summary>
public sealed record UpdateActionProgress(Guid ActionItemId, ActionStatus Status, string Progress = "") : BoardCommand;
