using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Workshops;

/// <summary>Where a workshop's groups are in the session, read from the boards this browser sees.</summary>
public static class WorkshopProgress
{
    /// <summary>No group has opened a stage yet: the projector shows the join screen.</summary>
    public static bool NotStarted(IEnumerable<BoardState> boards) =>
        boards.All(b => b.Stages.All(s => s.Status == StageStatus.NotOpen));

    /// <summary>
    /// The board whose current stage most groups are at (ties: the later stage, then the lowest group): what the projector
    /// shows and what the all-groups controls act on. Null when no group has a current stage.
    /// </summary>
    public static BoardState? Leading(IReadOnlyList<BoardState> boards)
    {
        var running = boards.Where(b => b.CurrentStage is not null).ToList();
        if (running.Count == 0) return null;
        var stageId = running.GroupBy(b => b.CurrentStage!.Id)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.First().Stages.FindIndex(s => s.Id == g.Key))
            .First().Key;
        return running.Where(b => b.CurrentStage!.Id == stageId).OrderBy(b => b.GroupNumber).First();
    }

    /// <summary>The trainees of a group: active participants (not the facilitators and observers, who are on every board).</summary>
    public static IEnumerable<Participant> Members(BoardState board) =>
        board.Participants.Values.Where(p => p.Active && p.Role == ParticipantRole.Participant).OrderBy(p => p.JoinedAt).ThenBy(p => p.Id);

    /// <summary>Every group's stages are done: the session is over.</summary>
    public static bool Finished(BoardState board) => board.Stages.Count > 0 && board.Stages.All(s => s.Status == StageStatus.Done);
}
