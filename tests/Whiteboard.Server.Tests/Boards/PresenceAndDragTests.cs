using static Whiteboard.Server.Tests.Support.TestApp;
using Microsoft.AspNetCore.SignalR.Client;

namespace Whiteboard.Server.Tests.Boards;

public sealed class PresenceAndDragTests
{
    [Fact]
    public async Task Others_see_a_participant_come_online_and_go_offline()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var bob = await app.JoinAsync(board.Code, "李雷");
        var bobId = bob.Joined!.ParticipantId;

        Assert.Contains(bobId, bob.Joined.Online);
        Assert.Contains(alice.Joined!.ParticipantId, bob.Joined.Online);
        await Wait.Until(() => alice.Presence.Contains(new PresenceChange(alice.BoardId, bobId, true)));
        await bob.DisposeAsync();
        await Wait.Until(() => alice.Presence.Contains(new PresenceChange(alice.BoardId, bobId, false)));
    }

    [Fact]
    public async Task A_participant_with_two_tabs_stays_online_until_both_close()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var bobTab1 = await app.JoinAsync(board.Code, "李雷");
        var bobTab2 = await app.JoinAsync(board.Code, "", token: bobTab1.Joined!.ParticipantToken);

        await bobTab1.DisposeAsync();
        var probe = await app.JoinAsync(board.Code, "探针");
        Assert.Contains(bobTab1.Joined.ParticipantId, probe.Joined!.Online);
        await bobTab2.DisposeAsync();
        await Wait.Until(() => alice.Presence.Contains(new PresenceChange(alice.BoardId, bobTab1.Joined.ParticipantId, false)));
        await probe.DisposeAsync();
    }

    [Fact]
    public async Task Drag_previews_reach_the_others_but_are_never_stored()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var bob = await app.JoinAsync(board.Code, "李雷");
        var id = Guid.NewGuid();
        var added = await alice.SubmitAsync(new AddNote(id, Stage, "拖动我", NoteColor.Orange, 0, 0));

        await alice.Connection.InvokeAsync(BoardHubMethods.Drag, alice.BoardId, id, 42.5, 17.0);
        await Wait.Until(() => bob.Drags.Contains(new NoteDrag(alice.BoardId, id, 42.5, 17.0, alice.Joined!.ParticipantId)));

        Assert.Empty(alice.Drags); // not echoed to the dragger
        var stored = await alice.CatchUpAsync(0);
        Assert.Equal(added.Seq, stored.Events[^1].Seq); // Rule S3: no sequence number taken
    }
}
