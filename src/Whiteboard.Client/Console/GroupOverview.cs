using Whiteboard.Client.Boards;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Stages;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Console;

/// <summary>Where a group is in the session.</summary>
public enum GroupPhase { NotStarted, Running, Finished }

/// <summary>
/// One group at a glance, as the console shows it: its current stage, its trainees (online, in the room or remote), and
/// the current stage's notes, votes and done flags — counted from what this browser may see.
/// </summary>
public sealed record GroupOverview(
    int Number, GroupPhase Phase, Stage? Current, int Members, int Online, int InRoom, int Remote,
    int Notes, int Votes, bool VotesHidden, int Done)
{
    public static GroupOverview Of(BoardSession board)
    {
        var state = board.State;
        var members = WorkshopProgress.Members(state).ToList();
        var current = state.CurrentStage;
        var phase = current is not null ? GroupPhase.Running
            : WorkshopProgress.Finished(state) ? GroupPhase.Finished
            : state.Stages.Any(s => s.Status == StageStatus.Done) ? GroupPhase.Running
            : GroupPhase.NotStarted;
        return new GroupOverview(
            state.GroupNumber, phase, current, members.Count,
            members.Count(p => board.IsOnline(p.Id)),
            members.Count(p => p.Location == ParticipantLocation.InRoom),
            members.Count(p => p.Location == ParticipantLocation.Remote),
            current is null ? state.Notes.Count : state.Notes.Values.Count(n => n.StageId == current.Id),
            current is null ? 0 : state.Votes.Count(v => v.StageId == current.Id),
            // Rule V4: while votes are hidden nobody, the facilitator included, sees others' votes.
            current is { Settings.VotesHidden: true, VotesRevealed: false },
            current is null ? 0 : members.Count(p => current.Done.Contains(p.Id)));
    }

    /// <summary>The current stage has dot voting.</summary>
    public bool Voting => Current is { Settings.VoteBudget: > 0 };
}
