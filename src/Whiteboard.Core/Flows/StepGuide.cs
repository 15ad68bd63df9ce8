using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Flows;

/// <summary>
/// The facilitator's guide to one step (rule F3): what it is for, what to say, what to watch for and how to respond, when
/// to move on, and what to have ready. For the facilitator only; how long it takes is the step's timer.
/// </summary>
public sealed record StepGuide(LocalizedText Goal, LocalizedText Script, LocalizedText WatchFor, LocalizedText MoveOn,
    LocalizedText? Materials = null);
