using Microsoft.AspNetCore.SignalR.Client;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Resilience;

/// <summary>At the hub: an outbox re-sent after a broken connection is applied exactly once (rule S1).</summary>
public sealed class ResendTests
{
    [Fact]
    public async Task A_burst_cut_off_midway_and_sent_again_after_reconnecting_is_applied_once()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var watcher = await app.JoinAsync(board.Code, "旁观的人");
        var alice = await app.JoinAsync(board.Code, "王芳");
        var outbox = Enumerable.Range(0, 40).Select(i =>
            new CommandEnvelope(Guid.NewGuid(), alice.BoardId, new AddNote(Guid.NewGuid(), Stage, $"断线前后 {i}", NoteColor.Yellow, i, 0))).ToList();

        // Fire the burst without waiting, and cut the connection while it is on its way.
        var sends = outbox.Select(e => alice.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, e)).ToList();
        await alice.Connection.StopAsync();
        var answered = 0;
        foreach (var send in sends)
        {
            try { if ((await send).Accepted) answered++; }
            catch (Exception e) when (e is TaskCanceledException or InvalidOperationException or IOException) { }
        }

        await using var again = await app.JoinAsync(board.Code, "", token: alice.Joined!.ParticipantToken);
        var acks = new List<CommandAck>();
        foreach (var e in outbox) acks.Add(await again.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, e));
        var state = await watcher.WaitForSeqAsync(acks.Max(a => a.Seq));

        Assert.All(acks, a => Assert.True(a.Accepted));
        Assert.Equal(40, acks.Select(a => a.Seq).Distinct().Count());
        Assert.Equal(40, state.Notes.Count);
        Assert.Equal(outbox.Select(e => ((AddNote)e.Command).NoteId).ToHashSet(), state.Notes.Keys.ToHashSet());
        var stored = (await watcher.CatchUpAsync(0)).Events;
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(e => e.Seq)); // no gaps, no doubles
        Assert.All(outbox, e => Assert.Single(stored, s => s.OpId == e.OpId));
        Assert.InRange(answered, 0, 40);
        await alice.DisposeAsync();
    }

    [Fact]
    public async Task The_same_outbox_sent_by_two_reconnecting_tabs_at_once_is_applied_once()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var secondTab = await app.JoinAsync(board.Code, "", token: alice.Joined!.ParticipantToken);
        var noteId = Guid.NewGuid();
        var outbox = new List<CommandEnvelope> { new(Guid.NewGuid(), alice.BoardId, new AddNote(noteId, Stage, "草稿", NoteColor.Pink, 0, 0)) };
        outbox.AddRange(Enumerable.Range(1, 20).Select(i => new CommandEnvelope(Guid.NewGuid(), alice.BoardId, new MoveNote(noteId, i, i))));
        outbox.Add(new(Guid.NewGuid(), alice.BoardId, new EditNote(noteId, "定稿")));

        async Task<List<CommandAck>> Resend(BoardClient tab)
        {
            var acks = new List<CommandAck>();
            foreach (var e in outbox) acks.Add(await tab.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, e));
            return acks;
        }
        var both = await Task.WhenAll(Resend(alice), Resend(secondTab));

        Assert.Equal(both[0].Select(a => a.Seq), both[1].Select(a => a.Seq)); // each op id got one number, whoever asked
        var stored = (await alice.CatchUpAsync(0)).Events.Where(e => outbox.Any(o => o.OpId == e.OpId)).ToList();
        Assert.Equal(outbox.Count, stored.Count);
        var state = await alice.WaitForSeqAsync(both[0].Max(a => a.Seq));
        Assert.Equal(("定稿", 20d), (state.Notes[noteId].Text, state.Notes[noteId].X));
    }
}
