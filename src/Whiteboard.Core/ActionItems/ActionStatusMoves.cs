namespace Whiteboard.Core.ActionItems;

/// <summary>Rule A5, for the rules and for the screens that offer only the moves the rules take.</summary>
public static class ActionStatusMoves
{
    /// <summary>Which statuses may follow which. Staying with a new progress note is always allowed.</summary>
    public static bool MayMove(ActionStatus from, ActionStatus to) => from == to || (from, to) switch
    {
        (ActionStatus.Done, ActionStatus.InProgress) => true, // reopened: it turned out not to be finished
        (ActionStatus.Done, _) => false,
        _ => true,
    };
}
