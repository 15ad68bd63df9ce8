using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Participants;

/// <summary>Rule W2: where a new participant of a workshop is placed.</summary>
public static class GroupPlacement
{
    /// <summary>The group with the fewest active participants (facilitators and observers are on every group); ties: the lowest number.</summary>
    public static BoardState Choose(IEnumerable<BoardState> groups) =>
        groups.OrderBy(b => b.Participants.Values.Count(p => p.Active && p.Role == ParticipantRole.Participant))
            .ThenBy(b => b.GroupNumber)
            .First();
}
