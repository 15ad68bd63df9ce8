using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Replay;

/// <summary>
/// A board's session as its stored events made it, step by step: position k is the board after its first k events, folded
/// with the same core every browser applies (<see cref="Board.Apply"/>) from the empty board. The last position is the
/// board as it is now.
/// </summary>
public sealed class ReplayTimeline
{
    private readonly List<BoardState> _states;

    public ReplayTimeline(Guid boardId, IReadOnlyList<EventEnvelope> events)
    {
        Events = events;
        _states = new List<BoardState>(events.Count + 1) { BoardState.Empty(boardId) };
        foreach (var envelope in events) _states.Add(Board.Apply(_states[^1], envelope));
    }

    public IReadOnlyList<EventEnvelope> Events { get; }

    /// <summary>The last position: every event applied.</summary>
    public int End => Events.Count;

    public BoardState At(int position) => _states[Math.Clamp(position, 0, End)];

    /// <summary>The event that led to a position (none at the start).</summary>
    public EventEnvelope? EventAt(int position) => position >= 1 && position <= End ? Events[position - 1] : null;

    /// <summary>Where each stage began (first opened, or opened again): the positions to jump to, in the stages' order.</summary>
    public IReadOnlyList<(Stage Stage, int Position)> StageStarts()
    {
        var starts = new Dictionary<string, int>();
        for (var i = 0; i < Events.Count; i++)
        {
            var opened = Events[i].Event switch
            {
                StageAdvanced { ToStageId: { } id } => id,
                StageReopened e => e.StageId,
                _ => null,
            };
            if (opened is not null) starts.TryAdd(opened, i + 1);
        }
        return [.. At(End).Stages.Where(s => starts.ContainsKey(s.Id)).Select(s => (s, starts[s.Id]))];
    }
}
