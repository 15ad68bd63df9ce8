using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Tests.Browser;
using Whiteboard.Client.Tests.Workshops;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>Rule W5: a facilitator's stage command for every group is kept and sent like any other command.</summary>
public class WorkshopOutboxTests
{
    private static readonly TimeSpan LongestWait = Backoff.Longest * 1.2;

    private readonly TestWorkshop _workshop = new();
    private readonly FakeTimeProvider _time = new(TestWorkshop.Start.AddHours(1));

    [Fact]
    public async Task A_command_for_all_groups_that_did_not_get_through_is_sent_again_with_the_same_operation_id()
    {
        var attempts = 0;
        _workshop.AnswerToAll = e => ++attempts == 1
            ? throw new IOException("connection dropped")
            : [.. _workshop.Groups.Select(g => new BoardAck(g.BoardId, new CommandAck(e.OpId, 4, null, null)))];
        var session = _workshop.SessionFor(_workshop.Facilitator, _time);

        await session.SubmitToAllAsync(new AdvanceStage());
        Assert.Equal(1, session.UnsentCount);
        _time.Advance(LongestWait);

        Assert.Equal(2, _workshop.SubmittedToAll.Count);
        Assert.Single(_workshop.SubmittedToAll.Select(s => s.OpId).Distinct());
        Assert.Equal(0, session.UnsentCount);
        Assert.Empty(session.PendingForAll);
    }

    [Fact]
    public async Task A_group_that_could_not_be_reached_keeps_it_waiting_rather_than_refused()
    {
        var storeDown = true;
        _workshop.AnswerToAll = e => [.. _workshop.Groups.Select((g, i) => new BoardAck(g.BoardId,
            new CommandAck(e.OpId, 4, storeDown && i == 1 ? new Rejection(RejectionCode.Unavailable) : null, null)))];
        var session = _workshop.SessionFor(_workshop.Facilitator, _time);
        var refused = new List<RejectionCode>();
        session.RejectedForAll += (_, code) => refused.Add(code);

        await session.SubmitToAllAsync(new AdvanceStage());
        Assert.Equal(1, session.UnsentCount);
        storeDown = false;
        _time.Advance(LongestWait);

        Assert.Equal(0, session.UnsentCount);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task A_refusal_by_a_group_is_reported_and_the_command_leaves()
    {
        _workshop.AnswerToAll = e => [new BoardAck(_workshop[2].BoardId, new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageNotOpen), null))];
        var session = _workshop.SessionFor(_workshop.Facilitator, _time);
        var refused = new List<(BoardCommand, RejectionCode)>();
        session.RejectedForAll += (command, code) => refused.Add((command, code));

        await session.SubmitToAllAsync(new LockStage("problem"));

        Assert.Equal([(new LockStage("problem"), RejectionCode.StageNotOpen)], refused);
        Assert.Equal(0, session.UnsentCount);
    }

    [Fact]
    public async Task A_command_for_all_groups_survives_a_reload_and_goes_out_after_the_join()
    {
        var storage = new FakeLocalStorage();
        var keeper = new WorkshopKeeper(new BrowserStore(storage), _time);
        var before = _workshop.SessionFor(_workshop.Facilitator, _time);
        await keeper.WatchAsync(TestWorkshop.Code, before);
        before.ConnectionLost();
        await before.SubmitToAllAsync(new AdvanceStage());
        Assert.Empty(_workshop.SubmittedToAll);

        var joined = _workshop.JoinedAs(_workshop.Facilitator);
        var kept = await keeper.ForAllAsync(_workshop.WorkshopId);
        var reopened = new WorkshopSession(joined, _workshop.Calls, _time, connected: false, pendingForAll: kept);
        Assert.Equal(1, reopened.UnsentCount);
        await reopened.RejoinedAsync(joined);

        var sent = Assert.Single(_workshop.SubmittedToAll);
        Assert.Equal(Assert.Single(kept).OpId, sent.OpId);
        Assert.IsType<AdvanceStage>(sent.Command);
        Assert.Equal(0, reopened.UnsentCount);
    }
}
