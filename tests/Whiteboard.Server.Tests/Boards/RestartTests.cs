using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

public sealed class RestartTests
{
    [Fact]
    public async Task A_restarted_server_on_the_same_data_folder_keeps_boards_notes_codes_and_identities()
    {
        var folder = TestFolders.New();
        try
        {
            string code, token;
            Guid participantId, noteId = Guid.NewGuid();
            long lastSeq;
            await using (var first = TestApp.StartOn(folder))
            {
                var board = await first.CreateBoardAsync("重启之前");
                code = board.Code;
                await using var alice = await first.JoinAsync(code, "王芳");
                (token, participantId) = (alice.Joined!.ParticipantToken!, alice.Joined.ParticipantId);
                await alice.SubmitAsync(new AddNote(noteId, Stage, "不会丢", NoteColor.Green, 10, 20));
                lastSeq = (await alice.SubmitAsync(new MoveNote(noteId, 30, 40))).Seq;
            }

            await using var second = TestApp.StartOn(folder);
            await using var back = await second.JoinAsync(code, "", token: token);

            Assert.Equal(participantId, back.Joined!.ParticipantId);
            Assert.Equal(lastSeq, back.State.Seq);
            Assert.Equal(("不会丢", 30d, 40d), (back.State.Notes[noteId].Text, back.State.Notes[noteId].X, back.State.Notes[noteId].Y));
            Assert.Equal("重启之前", back.State.Title);
            var next = await back.SubmitAsync(new EditNote(noteId, "还在"));
            Assert.Equal(lastSeq + 1, next.Seq);
        }
        finally
        {
            TestFolders.Delete(folder);
        }
    }
}
