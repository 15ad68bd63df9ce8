using System.Text.Json;
using Whiteboard.Core.Rejections;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: a numeric opId ("opId": 5) threw in Submit, SubmitToAll and MoveParticipant instead of the promised
/// MalformedMessage. Every field the hub reads is checked the same way; the connection stays usable.
/// </summary>
public sealed class MalformedFieldTests
{
    [Theory]
    [InlineData(BoardHubMethods.Submit)]
    [InlineData(BoardHubMethods.MoveParticipant)]
    [InlineData(BoardHubMethods.RemoveParticipant)]
    [InlineData(BoardHubMethods.SignOutOtherDevices)]
    public async Task A_numeric_operation_id_is_a_malformed_message(string method)
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
        await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: SecretOf(workshop.FacilitatorUrl))));

        var answer = await raw.InvokeAsync(method, $"{{\"opId\":5,\"boardId\":\"{workshop.Boards[0].BoardId}\",\"participantId\":5,\"command\":{{\"type\":\"markDone\",\"stageId\":\"problem\",\"done\":true}}}}");

        Assert.Equal("MalformedMessage", answer.GetProperty("rejection").GetProperty("code").GetString());
        Assert.Equal(Guid.Empty, answer.GetProperty("opId").GetGuid());
        Assert.True(raw.IsOpen);
    }

    [Fact]
    public async Task A_numeric_operation_id_sent_to_every_group_is_a_malformed_message()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
        await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: SecretOf(workshop.FacilitatorUrl))));

        var answer = await raw.InvokeAsync(BoardHubMethods.SubmitToAll, $"{{\"opId\":5,\"workshopId\":\"{workshop.WorkshopId}\",\"command\":{{\"type\":\"advanceStage\"}}}}");

        Assert.Equal("MalformedMessage", answer[0].GetProperty("ack").GetProperty("rejection").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_kinds_of_arguments_anywhere_are_refused_or_ignored_and_the_connection_goes_on()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);

        var join = await raw.InvokeAsync(BoardHubMethods.Join, "[1,2]");
        var joined = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "王芳")))).Deserialize<JoinResult>(WireJson.Options)!;
        var boardId = RawHubSocket.Json(joined.Boards[0].BoardId);
        var catchUp = await raw.InvokeAsync(BoardHubMethods.CatchUp, "5", "\"abc\"");
        var catchUpOutOfRange = await raw.InvokeAsync(BoardHubMethods.CatchUp, boardId, "1e40");
        await raw.InvokeAsync(BoardHubMethods.Drag, boardId, "7", "\"x\"", "null");
        await raw.InvokeAsync(BoardHubMethods.Drag, "{}", "[]", "1", "2");
        var note = await raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(new CommandEnvelope(Guid.NewGuid(), joined.Boards[0].BoardId,
            new AddNote(Guid.NewGuid(), Stage, "还能用", NoteColor.Yellow, 0, 0))));

        Assert.Equal("MalformedMessage", join.GetProperty("rejection").GetProperty("code").GetString());
        Assert.Equal("MalformedMessage", catchUp.GetProperty("rejection").GetProperty("code").GetString());
        Assert.Equal("MalformedMessage", catchUpOutOfRange.GetProperty("rejection").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, note.GetProperty("rejection").ValueKind);
        Assert.True(raw.IsOpen);
    }

    [Fact]
    public async Task A_note_cannot_take_a_clusters_id_through_the_hub()
    {
        // Rule B6, as the audit did it: a hidden note with a visible cluster's id.
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var mallory = await WorkshopPeople.JoinAsync(app, people, "捣乱的");
        await facilitator.SubmitToAllAsync(new Core.Stages.AdvanceStage());
        var (a, b, cluster) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await alice.SubmitAsync(new AddNote(a, "problem", "会议太多", NoteColor.Yellow, 0, 0));
        await alice.SubmitAsync(new AddNote(b, "problem", "会议太长", NoteColor.Yellow, 200, 0));
        await facilitator.SubmitToAllAsync(new Core.Stages.RevealNotes("problem"));
        Assert.True((await alice.SubmitAsync(new Core.Clusters.CreateCluster(cluster, [a, b], "会议"))).Accepted);

        var taken = await mallory.SubmitAsync(new AddNote(cluster, "problem", "冒名", NoteColor.Pink, 0, 0));

        Assert.Equal(RejectionCode.IdInUse, taken.Rejection?.Code);
        Assert.True((await alice.SubmitAsync(new Core.Voting.CastVote(cluster))).Accepted);
    }
}
