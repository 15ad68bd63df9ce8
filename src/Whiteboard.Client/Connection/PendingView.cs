using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>What the screen shows: the confirmed board with this person's pending commands decided and applied on it.</summary>
public static class PendingView
{
    /// <summary>
    /// Each pending command is decided by the core as <paramref name="me"/>, at the time it was made, and applied with a
    /// provisional sequence number beyond the confirmed one; one the core refuses here is not shown (the server will say
    /// why). Also the notes, clusters and action items those commands change, marked as not yet saved.
    /// </summary>
    public static (BoardState State, IReadOnlySet<Guid> Targets) Of(BoardState confirmed, IEnumerable<PendingCommand> pending, Guid me)
    {
        var view = confirmed;
        var targets = new HashSet<Guid>();
        foreach (var command in pending)
        {
            var decision = Board.Decide(view, command.Command, new CommandContext(me, command.At));
            if (!decision.IsAccepted) continue;
            view = Board.Apply(view, new EventEnvelope(view.Seq + 1, command.OpId, me, command.At, decision.Event!));
            targets.UnionWith(PendingTargets.Of(command.Command));
        }
        return (view, targets);
    }
}
