using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("", RejectionCode.NoteTextEmpty)]
    [InlineData("   \n ", RejectionCode.NoteTextEmpty)]
    [InlineData("bell\u0007", RejectionCode.TextHasControlCharacters)]
    public async Task Bad_note_text_is_refused_with_its_code_and_changes_nothing(string text, RejectionCode expected)
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var before = (await alice.CatchUpAsync(0)).Events.Count;

        var ack = await alice.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, text, NoteColor.Yellow, 0, 0));

        Assert.Equal(expected, ack.Rejection?.Code);
        Assert.Equal(0, ack.Seq);
        Assert.False(string.IsNullOrWhiteSpace(ack.Message));
        Assert.Equal(before, (await alice.CatchUpAsync(0)).Events.Count); // Rule B2: nothing changed
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused_with_a_message_naming_the_limit_in_the_callers_language()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync(language: "zh-CN");
        await using var english = new BoardClient(app.NewConnection());
        await english.StartAsync();
        await english.JoinAsync(new JoinRequest(board.Code, "Tom", ParticipantLocation.Remote, Language: "en"));
        await using var chinese = await app.JoinAsync(board.Code, "王芳");
        var tooLong = new string('问', BoardLimits.MaxNoteTextLength + 1);

        var en = await english.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, tooLong, NoteColor.Yellow, 0, 0));
        var zh = await chinese.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, tooLong, NoteColor.Yellow, 0, 0));

        Assert.Equal(RejectionCode.NoteTextTooLong, en.Rejection?.Code);
        Assert.Equal("A note can have at most 500 characters.", en.Message);
        Assert.Equal("便签最多 500 个字。", zh.Message); // the board's language when the client names none
    }

    [Fact]
    public async Task Commands_on_an_unknown_note_are_refused()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");

        var edit = await alice.SubmitAsync(new EditNote(Guid.NewGuid(), "不存在"));
        var delete = await alice.SubmitAsync(new DeleteNote(Guid.NewGuid()));

        Assert.Equal(RejectionCode.NoteNotFound, edit.Rejection?.Code);
        Assert.Equal(RejectionCode.NoteNotFound, delete.Rejection?.Code);
    }

    [Theory]
    [InlineData("", RejectionCode.NameEmpty)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", RejectionCode.NameTooLong)]
    public async Task A_join_with_a_bad_name_is_refused(string name, RejectionCode expected)
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var client = new BoardClient(app.NewConnection());
        await client.StartAsync();

        var result = await client.JoinAsync(new JoinRequest(board.Code, name, ParticipantLocation.InRoom));

        Assert.Equal(expected, result.Rejection?.Code);
        Assert.Empty(result.Boards);
    }

    [Fact]
    public async Task A_join_with_an_unknown_code_is_refused()
    {
        await using var app = TestApp.Start();
        await using var client = new BoardClient(app.NewConnection());
        await client.StartAsync();

        var result = await client.JoinAsync(new JoinRequest("ZZZZZZ", "王芳", ParticipantLocation.InRoom));

        Assert.Equal(RejectionCode.BoardNotFound, result.Rejection?.Code);
        Assert.Equal("找不到这个白板，请检查加入码。", result.Message);
    }

    public static TheoryData<string> MalformedSubmissions => new()
    {
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}","command":{"type":"addNote","noteId":"6f9619ff-8b86-d011-b42d-00cf4fc964fe","color":"Yellow","x":0,"y":0}}""",
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}","command":{"type":"addNote","noteId":"6f9619ff-8b86-d011-b42d-00cf4fc964fe","text":null,"color":"Yellow","x":0,"y":0}}""",
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}","command":{"type":"launchRockets"}}""",
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}","command":{"type":"addNote","noteId":"6f9619ff-8b86-d011-b42d-00cf4fc964fe","text":"x","color":"Yellow","x":"12","y":0}}""",
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}","command":{"type":"addNote","noteId":"6f9619ff-8b86-d011-b42d-00cf4fc964fe","text":"x","color":"Chartreuse","x":1,"y":0}}""",
        """{"opId":"6f9619ff-8b86-d011-b42d-00cf4fc964ff","boardId":"{board}"}""",
        """{"opId":"not-a-guid","boardId":"{board}","command":{"type":"deleteNote","noteId":"6f9619ff-8b86-d011-b42d-00cf4fc964fe"}}""",
        """[1,2,3]""",
        """ "just a string" """,
    };

    [Theory]
    [MemberData(nameof(MalformedSubmissions))]
    public async Task Malformed_hub_payloads_get_a_typed_error_not_a_server_error(string json)
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var payload = System.Text.Json.JsonDocument.Parse(json.Replace("{board}", alice.BoardId.ToString())).RootElement;

        var ack = await alice.SubmitRawAsync(payload);

        Assert.Equal(RejectionCode.MalformedMessage, ack.Rejection?.Code);
        Assert.Equal(alice.State.Seq, (await alice.CatchUpAsync(0)).Events[^1].Seq);
    }

    [Fact]
    public async Task A_client_cannot_issue_server_commands()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");

        var join = await alice.SubmitAsync(new JoinBoard(Guid.NewGuid(), "冒充的促进师", ParticipantRole.Facilitator, ParticipantLocation.InRoom));
        var create = await alice.SubmitAsync(new CreateBoard("另一个", BoardLanguage.En, Guid.NewGuid(), 1, Core.Workshops.WorkshopTemplate.OpenBrainstorm));

        Assert.Equal(RejectionCode.NotAllowed, join.Rejection?.Code); // Rule P4
        Assert.Equal(RejectionCode.NotAllowed, create.Rejection?.Code);
        Assert.DoesNotContain(alice.State.Participants.Values, p => p.Role == ParticipantRole.Facilitator);
    }

    [Fact]
    public async Task Commands_before_joining_or_for_another_board_are_refused()
    {
        await using var app = TestApp.Start();
        var mine = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(mine.Code, "王芳");
        await using var stranger = new BoardClient(app.NewConnection());
        await stranger.StartAsync();
        var add = new CommandEnvelope(Guid.NewGuid(), alice.BoardId, new AddNote(Guid.NewGuid(), Stage, "闯入", NoteColor.Yellow, 0, 0));

        var unjoined = await stranger.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, add);
        var otherBoard = await alice.Connection.InvokeAsync<CommandAck>(BoardHubMethods.Submit, add with { BoardId = Guid.NewGuid() });
        var catchUp = await stranger.Connection.InvokeAsync<CatchUpResult>(BoardHubMethods.CatchUp, alice.BoardId, 0L);

        Assert.Equal(RejectionCode.NotJoined, unjoined.Rejection?.Code);
        Assert.Equal(RejectionCode.NotJoined, otherBoard.Rejection?.Code);
        Assert.Equal(RejectionCode.NotJoined, catchUp.Rejection?.Code);
        Assert.Empty(catchUp.Events);
    }

    [Fact]
    public async Task A_message_over_the_size_limit_closes_the_connection_without_applying_anything()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var alice = await app.JoinAsync(board.Code, "王芳");
        var closed = new TaskCompletionSource();
        alice.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var huge = new string('字', (int)BoardHubMethods.MaxMessageBytes);

        await Assert.ThrowsAnyAsync<Exception>(() => alice.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, huge, NoteColor.Yellow, 0, 0)));
        await closed.Task.WaitAsync(BoardClient.Patience);

        var export = await (await app.GetAsFacilitatorAsync($"/api/boards/{board.Code}/export", SecretOf(board.FacilitatorUrl)))
            .Content.ReadAsStringAsync();
        Assert.Contains("\"notes\":[]", export);
        Assert.DoesNotContain(huge[..10], export);
    }
}
