using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Tests.Attacks;

namespace Whiteboard.Server.Tests.Participants;

/// <summary>Rule P7 over the real hub: a unit given when joining, corrected by the facilitator, and nobody else's to set.</summary>
public sealed class UnitTests
{
    [Fact]
    public async Task A_unit_given_when_joining_reaches_everyone_and_the_facilitator_corrects_it()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var facilitator = await app.JoinAsync(board.Code, "张老师", facilitatorSecret: TestApp.SecretOf(board.FacilitatorUrl));
        await using var trainee = new BoardClient(app.NewConnection());
        await trainee.StartAsync();
        var joined = await trainee.JoinAsync(new JoinRequest(board.Code, "王芳", ParticipantLocation.InRoom, Unit: " 市发改委 "));
        var id = joined.ParticipantId;

        var seen = await facilitator.WaitForSeqAsync(joined.Boards[0].Seq);
        Assert.Equal("市发改委", seen.Participants[id].Unit);

        var ack = await facilitator.SubmitAsync(new SetParticipantUnit(id, "市财政局"));
        Assert.Null(ack.Rejection);
        Assert.Equal("市财政局", (await trainee.WaitForSeqAsync(ack.Seq)).Participants[id].Unit);
        var export = await (await app.GetAsFacilitatorAsync($"/api/boards/{board.Code}/export", TestApp.SecretOf(board.FacilitatorUrl)))
            .Content.ReadAsStringAsync();
        Assert.Contains("市财政局", export);
    }

    [Fact]
    public async Task A_trainee_cannot_set_anyones_unit_even_raw_and_the_class_carries_on()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var facilitator = await app.JoinAsync(board.Code, "张老师", facilitatorSecret: TestApp.SecretOf(board.FacilitatorUrl));
        await using var mallory = await app.JoinAsync(board.Code, "捣乱者");
        await using var honest = await app.JoinAsync(board.Code, "李明");
        var honestId = honest.Joined!.ParticipantId;

        var own = await mallory.SubmitAsync(new SetParticipantUnit(mallory.Joined!.ParticipantId, "中央办公厅"));
        var raw = await mallory.SubmitRawAsync(AttackSupport.Parse($$$"""
            {"opId":"{{{Guid.NewGuid()}}}","boardId":"{{{mallory.BoardId}}}","command":{"type":"setParticipantUnit","participantId":"{{{honestId}}}","unit":"冒充"}}
            """));
        var tooLong = await facilitator.SubmitAsync(new SetParticipantUnit(honestId, new string('单', 61)));

        Assert.Equal(RejectionCode.NotAllowed, own.Rejection?.Code);
        Assert.Equal(RejectionCode.NotAllowed, raw.Rejection?.Code);
        Assert.Equal(RejectionCode.UnitTooLong, tooLong.Rejection?.Code);
        var refusedJoin = await (await app.ConnectAsync()).JoinAsync(new JoinRequest(board.Code, "赵强", ParticipantLocation.InRoom, Unit: new string('单', 61)));
        Assert.Equal(RejectionCode.UnitTooLong, refusedJoin.Rejection?.Code);
        // Honest people carry on: a note, and a unit the facilitator sets.
        Assert.Null((await honest.SubmitAsync(new Core.Notes.AddNote(Guid.NewGuid(), TestApp.Stage, "照常写", Core.Notes.NoteColor.Yellow, 0, 0))).Rejection);
        var set = await facilitator.SubmitAsync(new SetParticipantUnit(honestId, "区委组织部"));
        var state = await honest.WaitForSeqAsync(set.Seq);
        Assert.Equal("区委组织部", state.Participants[honestId].Unit);
        Assert.Null(state.Participants[mallory.Joined.ParticipantId].Unit);
    }
}
