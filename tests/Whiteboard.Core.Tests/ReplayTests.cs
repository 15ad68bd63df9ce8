using System.Text.Json;
using CsCheck;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Tests.Sessions;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Replay (rule B4): the facilitator replays a board from its stored events as the server's history sends them (each
/// projected for any facilitator, <see cref="Visibility.Project"/>), folded from the empty board in the browser (rule B4).
/// </summary>
public class ReplayTests
{
    /// <summary>The board's history as sent to a facilitator, through JSON: each event projected on the server's state before it.</summary>
    private static List<EventEnvelope> History(IEnumerable<EventEnvelope> stored)
    {
        var server = BoardState.Empty(BoardId);
        var sent = new List<EventEnvelope>();
        foreach (var e in stored)
        {
            sent.Add(Visibility.Project(server, e, Viewer.AnyFacilitator));
            server = Board.Apply(server, e);
        }
        return JsonSerializer.Deserialize<List<EventEnvelope>>(JsonSerializer.Serialize(sent, WireJson.Options), WireJson.Options)!;
    }

    /// <summary>The replay at <paramref name="seq"/>: the first events of the history folded from the empty board.</summary>
    private static BoardState ReplayTo(IReadOnlyList<EventEnvelope> history, long seq) =>
        history.Take((int)seq).Aggregate(BoardState.Empty(BoardId), Board.Apply);

    /// <summary>What a facilitator may see of the server's board at <paramref name="seq"/>.</summary>
    private static BoardState LiveAt(IReadOnlyList<EventEnvelope> stored, long seq) =>
        Visibility.Snapshot(Board.Replay(BoardId, stored.Take((int)seq)), Viewer.AnyFacilitator);

    [Fact]
    public void Replay_at_the_last_event_equals_the_live_board()
    {
        var c = new CaseBoard();
        var history = History(c.Board.Events);

        var replayed = ReplayTo(history, history.Count);

        BoardStates.AssertSame(Visibility.Snapshot(c.Board.State, Viewer.AnyFacilitator), replayed, "replayed to the end");
        Assert.Equal(SnapshotJson(Visibility.Snapshot(c.Board.State, Viewer.AnyFacilitator)), SnapshotJson(replayed));
        Assert.Equal(2, replayed.Actions.Count);
        Assert.NotEqual("", replayed.Summary);
    }

    [Fact]
    public void Replay_to_any_event_gives_the_board_as_it_was_then()
    {
        var c = new CaseBoard();
        var history = History(c.Board.Events);

        for (var seq = 0; seq <= history.Count; seq++)
            BoardStates.AssertSame(LiveAt(c.Board.Events, seq), ReplayTo(history, seq), $"replayed to {seq}");
    }

    [Fact]
    public void Replay_jumps_to_a_stage_as_it_began()
    {
        // The timeline's "jump to a stage": the state right after the Action stage opened has no action items yet
        var c = new CaseBoard();
        var history = History(c.Board.Events);
        var opened = history.First(e => e.Event is StageAdvanced { ToStageId: StageIds.Action }).Seq;

        var atAction = ReplayTo(history, opened);

        Assert.Equal((StageIds.Action, StageStatus.Open), (atAction.CurrentStage!.Id, atAction.CurrentStage.Status));
        Assert.Empty(atAction.Actions);
        Assert.Equal("", atAction.Summary);
        Assert.Equal(ActionStatus.InProgress, ReplayTo(history, history.Count).Actions[CaseBoard.PilotAction].Status);
    }

    [Fact]
    public void Replay_shows_the_facilitator_no_more_than_the_live_board_did()
    {
        // Rules H3, V4: anonymous authors stay unknown, and nobody's dots are tied to them, at any point of the replay
        var c = new CaseBoard();
        var history = History(c.Board.Events);

        for (var seq = 0; seq <= history.Count; seq++)
        {
            var state = ReplayTo(history, seq);
            Assert.All(state.Notes.Values.Where(n => n.Anonymity == NoteAnonymity.HiddenFromEveryone), n => Assert.Equal(Guid.Empty, n.AuthorId));
            Assert.All(state.Votes, v => Assert.Equal((Guid.Empty, false), (v.VoterId, v.Hidden)));
        }
    }

    [Fact]
    public void Replay_of_any_session_at_any_event_equals_the_live_board_then()
    {
        // Rule B4 over the random sessions: every command, reveals, clusters, votes, action items, the summary
        Gen.Select(SessionPropertyTests.Sessions, Gen.Double[0, 1]).Sample((session, cut) =>
        {
            var run = SessionRun.Of(session);
            var history = History(run.Events);
            var seq = (long)Math.Round(cut * history.Count);

            BoardStates.AssertSame(LiveAt(run.Events, seq), ReplayTo(history, seq), $"replayed to {seq}");
            BoardStates.AssertSame(Visibility.Snapshot(run.Final, Viewer.AnyFacilitator), ReplayTo(history, history.Count), "replayed to the end");
        }, iter: SessionPropertyTests.Iterations / 2);
    }
}
