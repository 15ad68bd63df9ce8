using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Support;

/// <summary>A brainstorm board with its facilitator and two participants, Alice having written one note (<see cref="Note"/>).</summary>
public sealed record NoteBoard(CreateBoardResponse Board, BoardClient Facilitator, BoardClient Alice, BoardClient Bob, Guid Note)
    : IAsyncDisposable
{
    public static async Task<NoteBoard> StartAsync(TestApp app)
    {
        var board = await app.CreateBoardAsync();
        var facilitator = await app.JoinAsync(board.Code, "李老师", facilitatorSecret: TestApp.SecretOf(board.FacilitatorUrl));
        var alice = await app.JoinAsync(board.Code, "王芳");
        var bob = await app.JoinAsync(board.Code, "李雷");
        var note = Guid.NewGuid();
        Assert.True((await alice.SubmitAsync(new AddNote(note, TestApp.Stage, "审批太慢", NoteColor.Yellow, 0, 0))).Accepted);
        return new NoteBoard(board, facilitator, alice, bob, note);
    }

    public async ValueTask DisposeAsync()
    {
        await Facilitator.DisposeAsync();
        await Alice.DisposeAsync();
        await Bob.DisposeAsync();
    }
}
