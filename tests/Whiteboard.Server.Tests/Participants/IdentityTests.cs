using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Participants;

public sealed class IdentityTests
{
    [Fact]
    public async Task The_facilitator_secret_makes_the_joiner_a_facilitator()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        var secret = board.FacilitatorUrl.Split("#facilitator=")[1];

        await using var facilitator = await app.JoinAsync(board.Code, "张老师", facilitatorSecret: secret);

        Assert.Equal(ParticipantRole.Facilitator, facilitator.Joined!.Role); // Rule P4
        Assert.Equal(ParticipantRole.Facilitator, facilitator.State.Participants[facilitator.Joined.ParticipantId].Role);
    }

    [Fact]
    public async Task A_wrong_facilitator_secret_is_refused()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var client = new BoardClient(app.NewConnection());
        await client.StartAsync();

        var result = await client.JoinAsync(new JoinRequest(board.Code, "冒充者", ParticipantLocation.Remote, FacilitatorSecret: "guess"));

        Assert.Equal(RejectionCode.InvalidFacilitatorSecret, result.Rejection?.Code);
    }

    [Fact]
    public async Task Only_the_author_or_a_facilitator_changes_a_note()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var facilitator = await app.JoinAsync(board.Code, "张老师", facilitatorSecret: board.FacilitatorUrl.Split("#facilitator=")[1]);
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        await using var bob = await app.JoinAsync(board.Code, "李雷");
        var id = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(id, Stage, "王芳的想法", NoteColor.Yellow, 0, 0));

        var bobEdits = await bob.SubmitAsync(new EditNote(id, "李雷改的"));
        var bobDeletes = await bob.SubmitAsync(new DeleteNote(id));
        var facilitatorEdits = await facilitator.SubmitAsync(new EditNote(id, "促进师整理"));

        Assert.Equal(RejectionCode.NotAllowed, bobEdits.Rejection?.Code); // Rule N5
        Assert.Equal(RejectionCode.NotAllowed, bobDeletes.Rejection?.Code);
        Assert.True(facilitatorEdits.Accepted);
    }

    [Fact]
    public async Task A_forged_token_or_another_boards_token_is_refused()
    {
        await using var app = TestApp.Start();
        var first = await app.CreateBoardAsync();
        var second = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(first.Code, "王芳");
        var token = alice.Joined!.ParticipantToken!;
        var forged = token[..^4] + (token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        await using var client = new BoardClient(app.NewConnection());
        await client.StartAsync();

        var withForged = await client.JoinAsync(new JoinRequest(first.Code, null, ParticipantLocation.InRoom, forged));
        var onOtherBoard = await client.JoinAsync(new JoinRequest(second.Code, null, ParticipantLocation.InRoom, token));

        Assert.Equal(RejectionCode.InvalidToken, withForged.Rejection?.Code); // Rule P5
        Assert.Equal(RejectionCode.InvalidToken, onOtherBoard.Rejection?.Code);
    }

    [Fact]
    public async Task A_returning_participant_gets_no_new_participant_event()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");

        await using var again = await app.JoinAsync(board.Code, "", token: alice.Joined!.ParticipantToken);

        Assert.Equal(alice.Joined.ParticipantId, again.Joined!.ParticipantId);
        Assert.Equal(alice.State.Seq, again.State.Seq);
        Assert.Single(again.State.Participants);
    }
}
