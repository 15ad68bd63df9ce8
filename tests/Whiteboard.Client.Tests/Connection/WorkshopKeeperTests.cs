using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Tests.Browser;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>Offline start (docs/PROTOCOL.md): what a tablet keeps so that a reload without the network still opens its board.</summary>
public class WorkshopKeeperTests
{
    private readonly TestWorkshop _workshop = new(groups: 1);
    private readonly FakeTimeProvider _time = new(TestWorkshop.Start.AddHours(1));
    private readonly FakeLocalStorage _storage = new();
    private readonly WorkshopKeeper _keeper;
    private readonly Whiteboard.Core.Participants.Participant _trainee;

    public WorkshopKeeperTests()
    {
        _keeper = new WorkshopKeeper(new BrowserStore(_storage), _time);
        _workshop.Open("problem");
        _trainee = _workshop.Join(1, "李明");
    }

    private string OutboxKey => StorageKeys.Outbox(_workshop[1].BoardId);

    private static AddNote NewNote(string text) => new(Guid.NewGuid(), "problem", text, NoteColor.Green, 100, 80);

    [Fact]
    public async Task Pending_commands_are_kept_the_moment_they_change_and_forgotten_when_none_wait()
    {
        var session = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync(TestWorkshop.Code, session);
        session.ConnectionLost();

        await session.Home.SubmitAsync(NewNote("断网时写的"));

        Assert.Contains("断网时写的", _storage.Items[OutboxKey]);
        await session.RejoinedAsync(_workshop.JoinedAs(_trainee)); // sent; acknowledged as already on the board
        Assert.False(_storage.Items.ContainsKey(OutboxKey));
    }

    [Fact]
    public async Task The_workshop_is_kept_at_most_every_two_seconds()
    {
        var session = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync(TestWorkshop.Code, session);
        var writes = _storage.Writes;

        for (var seq = 6; seq < 16; seq++)
            await session.ReceiveAsync(_workshop[1].BoardId, [_workshop.Event(seq, new NoteMoved(Guid.NewGuid(), 1, 1))]);
        Assert.Equal(writes, _storage.Writes);

        _time.Advance(WorkshopKeeper.SaveEvery);

        Assert.Equal(writes + 1, _storage.Writes);
        var kept = await _keeper.WorkshopAsync(TestWorkshop.Code);
        Assert.Equal(15, Assert.Single(kept!.Joined.Boards).Seq);
    }

    [Fact]
    public async Task A_workshop_slow_to_write_is_kept_only_after_twenty_times_as_long_and_a_quick_one_every_two_seconds_again()
    {
        var session = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync(TestWorkshop.Code, session);
        var slow = TimeSpan.FromMilliseconds(500); // a board of thousands of notes on a slow tablet
        _storage.Writing = key => { if (key == StorageKeys.Workshop(TestWorkshop.Code)) _time.Advance(slow); };
        var seq = 6;
        async Task Changed() =>
            await session.ReceiveAsync(_workshop[1].BoardId, [_workshop.Event(seq++, new NoteMoved(Guid.NewGuid(), 1, 1))]);
        async Task<long> KeptSeq() => Assert.Single((await _keeper.WorkshopAsync(TestWorkshop.Code))!.Joined.Boards).Seq;

        await Changed();
        _time.Advance(WorkshopKeeper.SaveEvery); // this write took 0.5 s: the next waits 10 s
        Assert.Equal(6, await KeptSeq());

        _storage.Writing = null; // from here on writes are quick
        await Changed();
        _time.Advance(slow * WorkshopKeeper.QuietFactor - TimeSpan.FromMilliseconds(1));
        Assert.Equal(6, await KeptSeq());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(7, await KeptSeq());

        await Changed(); // the last write was quick: every 2 s again
        _time.Advance(WorkshopKeeper.SaveEvery);
        Assert.Equal(8, await KeptSeq());
    }

    [Fact]
    public async Task A_write_that_seemed_to_take_minutes_holds_the_next_one_back_thirty_seconds_at_most()
    {
        var session = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync(TestWorkshop.Code, session);
        // The tablet slept in the middle of this write: it seems to have taken five minutes.
        _storage.Writing = key => { if (key == StorageKeys.Workshop(TestWorkshop.Code)) _time.Advance(TimeSpan.FromMinutes(5)); };
        var seq = 6;
        async Task Changed() =>
            await session.ReceiveAsync(_workshop[1].BoardId, [_workshop.Event(seq++, new NoteMoved(Guid.NewGuid(), 1, 1))]);
        async Task<long> KeptSeq() => Assert.Single((await _keeper.WorkshopAsync(TestWorkshop.Code))!.Joined.Boards).Seq;

        await Changed();
        _time.Advance(WorkshopKeeper.SaveEvery);
        Assert.Equal(6, await KeptSeq());

        _storage.Writing = null;
        await Changed();
        _time.Advance(WorkshopKeeper.MostQuiet - TimeSpan.FromMilliseconds(1));
        Assert.Equal(6, await KeptSeq());
        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(7, await KeptSeq());
    }

    [Fact]
    public async Task A_kept_workshop_opens_without_the_server_with_its_waiting_changes()
    {
        var before = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync(TestWorkshop.Code, before);
        before.ConnectionLost();
        var add = NewNote("重新加载前写的");
        await before.Home.SubmitAsync(add);
        _time.Advance(TimeSpan.FromMinutes(10)); // the tablet is reloaded, offline, ten minutes later

        var kept = await _keeper.WorkshopAsync(TestWorkshop.Code);
        var joined = kept!.JoinedAsOf(_time.GetUtcNow());
        var pending = await _keeper.OutboxesAsync(joined.Boards.Select(b => b.BoardId));
        var reopened = new WorkshopSession(joined, _workshop.Calls, _time, pending, connected: false);

        Assert.Equal((_trainee.Id, TestWorkshop.Code), (reopened.Me, reopened.Workshop.Code));
        Assert.Equal("重新加载前写的", reopened.Home.State.Notes[add.NoteId].Text);
        Assert.True(reopened.Home.IsPending(add.NoteId));
        Assert.Equal(1, reopened.UnsentCount);
        Assert.Equal(_time.GetUtcNow(), reopened.Clock.Now);
        Assert.Empty(_workshop.Submitted);
    }

    [Fact]
    public async Task Only_the_last_three_workshops_are_kept_so_storage_never_fills_up_but_their_waiting_changes_stay()
    {
        var session = _workshop.SessionFor(_trainee, _time);
        await _keeper.WatchAsync("AAAAAA", session);
        session.ConnectionLost();
        await session.Home.SubmitAsync(NewNote("没发出去的"));

        foreach (var code in new[] { "BBBBBB", "CCCCCC", "AAAAAA", "DDDDDD", "EEEEEE" })
        {
            var other = new TestWorkshop(groups: 1); // other classes, other boards
            await _keeper.WatchAsync(code, other.SessionFor(other.Join(1, "李明"), _time));
        }

        Assert.Equal(["EEEEEE", "DDDDDD", "AAAAAA"], (await new BrowserStore(_storage).ReadAsync<List<string>>(StorageKeys.WorkshopsKept))!);
        Assert.Null(await _keeper.WorkshopAsync("BBBBBB"));
        Assert.Null(await _keeper.WorkshopAsync("CCCCCC"));
        Assert.NotNull(await _keeper.WorkshopAsync("AAAAAA"));
        Assert.Contains("没发出去的", _storage.Items[OutboxKey]);
    }

    [Fact]
    public async Task Workshops_kept_before_there_was_a_list_are_dropped_in_time_too()
    {
        foreach (var old in new[] { "OLD111", "OLD222", "OLD333" })
            _storage.Items[StorageKeys.Workshop(old)] = "{}";

        await _keeper.WatchAsync(TestWorkshop.Code, _workshop.SessionFor(_trainee, _time));

        var kept = (await new BrowserStore(_storage).ReadAsync<List<string>>(StorageKeys.WorkshopsKept))!;
        Assert.Equal(WorkshopKeeper.MaxKept, kept.Count);
        Assert.Equal(TestWorkshop.Code, kept[0]);
        Assert.Equal(WorkshopKeeper.MaxKept, _storage.Items.Keys.Count(k => k.StartsWith(StorageKeys.Workshop(""), StringComparison.Ordinal)));
    }
}
