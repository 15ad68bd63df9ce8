using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>Rule S1 and the outbox (docs/PROTOCOL.md): every command is kept until acknowledged, survives a reload, and is re-sent with its operation id.</summary>
public class OutboxTests
{
    private static readonly TimeSpan LongestWait = Backoff.Longest * 1.2;

    private readonly TestBoard _board = new();
    private readonly FakeTimeProvider _time = new(TestBoard.Start.AddHours(1));

    private static AddNote NewNote(string text) => new(Guid.NewGuid(), "problem", text, NoteColor.Yellow, 100, 80);

    private static CommandAck Unavailable(CommandEnvelope e) => new(e.OpId, 0, new Rejection(RejectionCode.Unavailable), "服务暂时不可用");

    [Fact]
    public async Task Unavailable_is_not_a_refusal_the_command_stays_and_is_retried_with_backoff()
    {
        var storeDown = true;
        _board.Answer = e => storeDown ? Unavailable(e) : new CommandAck(e.OpId, 4, null, null);
        var session = _board.SessionFor(_board.Trainee, _time);
        var refused = false;
        session.Rejected += (_, _) => refused = true;
        var add = NewNote("断网时写的");

        await session.SubmitAsync(add);

        Assert.False(refused);
        Assert.Equal(1, session.UnsentCount);
        Assert.True(session.State.Notes.ContainsKey(add.NoteId));

        _time.Advance(Backoff.First * 1.2); // the first retry: still down
        Assert.Equal(2, _board.Submitted.Count);
        storeDown = false;
        _time.Advance(LongestWait);

        Assert.Equal(3, _board.Submitted.Count);
        Assert.Single(_board.Submitted.Select(s => s.OpId).Distinct());
        Assert.Equal(0, session.UnsentCount);
        Assert.False(refused);
    }

    [Fact]
    public async Task TooFast_is_not_a_refusal_the_command_waits_and_goes_out_again()
    {
        var throttled = true;
        _board.Answer = e => throttled ? new CommandAck(e.OpId, 0, new Rejection(RejectionCode.TooFast), "操作太频繁了") : new CommandAck(e.OpId, 4, null, null);
        var session = _board.SessionFor(_board.Trainee, _time);
        var refused = false;
        session.Rejected += (_, _) => refused = true;
        var add = NewNote("一口气写了很多");

        await session.SubmitAsync(add);
        Assert.Equal(1, session.UnsentCount);
        throttled = false;
        _time.Advance(LongestWait);

        Assert.False(refused); // the words were never refused, only asked to wait
        Assert.Equal(0, session.UnsentCount);
        Assert.Single(_board.Submitted.Select(s => s.OpId).Distinct());
        Assert.True(session.State.Notes.ContainsKey(add.NoteId));
    }

    [Fact]
    public async Task A_send_that_fails_is_retried_with_the_same_operation_id()
    {
        var attempts = 0;
        _board.Answer = e => ++attempts == 1 ? throw new IOException("connection dropped") : new CommandAck(e.OpId, 4, null, null);
        var session = _board.SessionFor(_board.Trainee, _time);

        await session.SubmitAsync(NewNote("想法"));
        Assert.Equal(1, session.UnsentCount);
        _time.Advance(LongestWait);

        Assert.Equal(0, session.UnsentCount);
        Assert.Equal(_board.Submitted[0].OpId, _board.Submitted[1].OpId);
    }

    [Fact]
    public async Task A_server_error_is_retried_but_does_not_block_the_outbox_forever()
    {
        var broken = NewNote("坏的");
        _board.Answer = e => e.Command == broken ? throw new HubException("server error") : new CommandAck(e.OpId, 0, null, null);
        var session = _board.SessionFor(_board.Trainee, _time);
        RejectionCode? reason = null;
        session.Rejected += (_, code) => reason = code;

        await session.SubmitAsync(broken);
        await session.SubmitAsync(NewNote("好的"));
        for (var i = 0; i < Outbox<PendingCommand>.MaxServerErrors; i++) _time.Advance(LongestWait);

        Assert.Equal(RejectionCode.Unavailable, reason);
        Assert.Equal(0, session.UnsentCount);
        Assert.Equal(Outbox<PendingCommand>.MaxServerErrors + 1, _board.Submitted.Count);
    }

    [Fact]
    public async Task Nothing_is_sent_while_the_connection_is_lost_then_everything_goes_out_in_order_after_rejoining()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        session.ConnectionLost();
        var (first, second) = (NewNote("一"), NewNote("二"));

        await session.SubmitAsync(first);
        await session.SubmitAsync(new EditNote(first.NoteId, "一（改）"));
        await session.SubmitAsync(second);
        _time.Advance(LongestWait);

        Assert.Empty(_board.Submitted);
        Assert.Equal(3, session.UnsentCount);
        Assert.Equal(2, session.State.Notes.Count);

        await session.RejoinedAsync(_board.Snapshot, []);

        Assert.Equal([first, new EditNote(first.NoteId, "一（改）"), second], _board.Commands);
        Assert.Equal(0, session.UnsentCount);
    }

    [Fact]
    public async Task A_join_whose_connection_dropped_while_it_caught_up_does_not_resume_sending()
    {
        // Found by the randomised convergence test: resuming on the dropped connection sent commands before the next join,
        // and the server refused them as "not joined".
        BoardSession? session = null;
        var catchUps = 0;
        var calls = _board.Calls with
        {
            CatchUp = (_, _) =>
            {
                if (catchUps++ == 0) session!.ConnectionLost(); // the network drops again during the first catch-up
                return Task.FromResult(new CatchUpResult([], false));
            },
        };
        session = new BoardSession(_board.Snapshot, _board.Trainee.Id, _board.Trainee.Role, [], calls, _time);
        session.ConnectionLost();
        await session.SubmitAsync(NewNote("断线时写的"));

        await session.RejoinedAsync(_board.Snapshot, []); // the join of the connection that just dropped
        Assert.Empty(_board.Submitted);

        await session.RejoinedAsync(_board.Snapshot, []); // the next join, on the connection that holds
        Assert.Single(_board.Submitted);
    }

    [Fact]
    public async Task Not_joined_pauses_sending_asks_for_a_join_and_sends_again_after_it()
    {
        // Found by the randomised convergence test: a retry timer fired on a connection that had come back but not yet
        // joined, and the server answered "not joined" — not a refusal of the person's change.
        var joined = false;
        _board.Answer = e => joined ? new CommandAck(e.OpId, 4, null, null) : new CommandAck(e.OpId, 0, new Rejection(RejectionCode.NotJoined), "未加入");
        var session = _board.SessionFor(_board.Trainee, _time);
        var (rejoins, refused) = (0, false);
        session.ResyncNeeded += () => rejoins++;
        session.Rejected += (_, _) => refused = true;
        var add = NewNote("重连时写的");

        await session.SubmitAsync(add);
        await session.SubmitAsync(NewNote("接着写的"));
        _time.Advance(LongestWait);

        Assert.Equal((1, false, 1, 2), (rejoins, refused, _board.Submitted.Count, session.UnsentCount)); // paused: nothing more goes out
        joined = true;
        await session.RejoinedAsync(_board.Snapshot, []);

        Assert.Equal([add.NoteId, add.NoteId], _board.Submitted.Select(s => ((AddNote)s.Command).NoteId).Take(2));
        Assert.Equal(_board.Submitted[0].OpId, _board.Submitted[1].OpId);
        Assert.Equal(0, session.UnsentCount);
        Assert.False(refused);
    }

    [Fact]
    public async Task Not_joined_after_every_join_is_a_refusal()
    {
        // A participant the board really does not have (moved away meanwhile) must not keep the others waiting forever
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.NotJoined), "未加入");
        var session = _board.SessionFor(_board.Trainee, _time);
        RejectionCode? reason = null;
        session.Rejected += (_, code) => reason = code;

        await session.SubmitAsync(NewNote("没人收"));
        for (var i = 1; i < Outbox<PendingCommand>.MaxRejoins; i++) await session.RejoinedAsync(_board.Snapshot, []);

        Assert.Equal(RejectionCode.NotJoined, reason);
        Assert.Equal(Outbox<PendingCommand>.MaxRejoins, _board.Submitted.Count);
        Assert.Equal(0, session.UnsentCount);
    }

    [Fact]
    public async Task An_acknowledged_event_that_never_arrives_is_fetched_after_a_grace_period()
    {
        // The broadcast carrying it was lost (the backplane is at most once); the ack already told its number.
        _board.Answer = e => new CommandAck(e.OpId, _board.Seq + 1, null, null);
        var session = _board.SessionFor(_board.Trainee, _time);
        await session.SubmitAsync(NewNote("广播丢了"));
        Assert.Empty(_board.CatchUpRequests);

        _time.Advance(BoardSession.AckedEventGrace);

        Assert.Equal([_board.Seq], _board.CatchUpRequests);
    }

    [Fact]
    public async Task Kept_commands_round_trip_through_their_stored_form_and_are_sent_again_in_order_with_the_same_operation_ids()
    {
        var before = _board.SessionFor(_board.Trainee, _time);
        before.ConnectionLost();
        await before.SubmitAsync(NewNote("重新加载前写的"));
        _time.Advance(TimeSpan.FromSeconds(5));
        await before.SubmitAsync(NewNote("第二张"));
        var stored = JsonSerializer.Serialize(before.Pending, WireJson.Options);

        var kept = JsonSerializer.Deserialize<List<PendingCommand>>(stored, WireJson.Options)!;
        var after = _board.KeptSessionFor(_board.Trainee, _time, kept);

        Assert.Equal(before.Pending, kept);
        Assert.Equal(["重新加载前写的", "第二张"], after.State.NotesInOrder().Select(n => n.Text));
        Assert.Equal(2, after.UnsentCount);
        Assert.Empty(_board.Submitted); // not joined yet

        await after.RejoinedAsync(_board.Snapshot, []);

        Assert.Equal(before.Pending.Select(p => p.OpId), _board.Submitted.Select(s => s.OpId));
        Assert.Equal(0, after.UnsentCount);
    }

    [Fact]
    public async Task Every_change_to_the_pending_commands_is_reported_so_that_it_can_be_kept()
    {
        var session = _board.SessionFor(_board.Trainee, _time);
        session.ConnectionLost();
        var kept = new List<int>();
        session.PendingChanged += () => kept.Add(session.Pending.Count);

        await session.SubmitAsync(NewNote("一"));
        await session.ReceiveAsync([_board.Event(4, TestBoard.Added(Guid.NewGuid(), "别人的"))]); // not ours: nothing to keep
        await session.RejoinedAsync(_board.Snapshot, []); // acknowledged with seq 0: already on the board

        Assert.Equal([1, 0], kept);
    }

    [Fact]
    public async Task A_catch_up_snapshot_replaces_the_confirmed_board_and_keeps_what_is_pending()
    {
        var old = _board.AddNote("旧的");
        var session = _board.SessionFor(_board.Trainee, _time);
        session.ConnectionLost();
        var mine = NewNote("我离线时写的");
        await session.SubmitAsync(mine);
        _board.Notes.Remove(old);
        var theirs = _board.AddNote("别人很久以前写的", author: _board.Colleague.Id);
        _board.Seq = 2_500;
        _board.CatchUpAnswers.Enqueue(new CatchUpResult([], false, Snapshot: _board.Snapshot));

        await session.CatchUpAsync();

        Assert.Equal(2_500, session.Confirmed.Seq);
        Assert.Equal([theirs.Id], session.Confirmed.Notes.Keys);
        Assert.Equal(new[] { theirs.Id, mine.NoteId }.Order(), session.State.Notes.Keys.Order());
        Assert.Equal(1, session.UnsentCount);
    }
}
