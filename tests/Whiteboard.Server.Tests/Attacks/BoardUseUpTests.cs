using Microsoft.AspNetCore.SignalR.Client;
using System.Diagnostics;
using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using StageSettings = Whiteboard.Core.Stages.StageSettings;
using AdvanceStage = Whiteboard.Core.Stages.AdvanceStage;
using ChangeStageSettings = Whiteboard.Core.Stages.ChangeStageSettings;
using Whiteboard.Server.Security;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: one participant added 2,000 notes in 2.7 s, after which everyone else got TooManyNotes; one connection made
/// 498 participants in 1.6 s, after which the facilitator on a new device and the observer got BoardFull; and a facilitator
/// could not remove anyone.
/// </summary>
public sealed class BoardUseUpTests
{
    [Fact]
    public async Task A_participant_flooding_notes_gets_100_and_the_others_carry_on()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var honest = await app.JoinAsync(board.Code, "王芳");
        var stored = 0;
        // Connection after connection, each flooded as fast as the socket goes: the quota holds whatever the pace.
        for (var round = 0; round < 5; round++)
        {
            await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
            var token = round == 0 ? null : Tokens.Last();
            var join = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "刷屏", ParticipantToken: token))))
                .Deserialize<JoinResult>(WireJson.Options)!;
            Tokens.Add(join.ParticipantToken!);
            var acks = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(
                new CommandEnvelope(Guid.NewGuid(), join.Boards[0].BoardId, new AddNote(Guid.NewGuid(), Stage, $"垃圾 {round}-{i}", NoteColor.Pink, i, round))))));
            stored += acks.Count(a => a.GetProperty("rejection").ValueKind == JsonValueKind.Null);
            Assert.All(acks.Where(a => a.GetProperty("rejection").ValueKind != JsonValueKind.Null),
                a => Assert.Contains(a.GetProperty("rejection").GetProperty("code").GetString(), new[] { "NoteQuotaReached", "TooFast" }));
        }

        Assert.Equal(BoardLimits.MaxNotesPerParticipantPerStage, stored);
        Assert.True((await honest.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, "我还能写", NoteColor.Yellow, 0, 0))).Accepted);
    }

    private List<string> Tokens { get; } = [];

    [Fact]
    public async Task One_connection_makes_one_person()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);

        var first = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "第一个")))).Deserialize<JoinResult>(WireJson.Options)!;
        var second = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "第二个")))).Deserialize<JoinResult>(WireJson.Options)!;
        var back = (await raw.InvokeAsync(BoardHubMethods.Join,
            RawHubSocket.Json(new JoinRequest(board.Code, ParticipantToken: first.ParticipantToken)))).Deserialize<JoinResult>(WireJson.Options)!;

        Assert.Null(first.Rejection);
        Assert.Equal(RejectionCode.TooManyJoins, second.Rejection?.Code);
        Assert.Null(back.Rejection); // coming back as oneself is always fine
        Assert.Equal(first.ParticipantId, back.ParticipantId);
    }

    [Fact]
    public async Task One_address_adds_a_class_worth_of_people_a_minute_and_the_facilitator_and_observer_still_get_in()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync(groups: 2);
        const string address = "203.0.113.12";
        var limits = new LimitOptions();
        var joined = 0;
        JoinResult? refused = null;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < limits.JoinBurst + 30 && refused is null; i++)
        {
            var (client, result) = await app.JoinFromAsync(address, new JoinRequest(workshop.Code, $"机器人{i}"));
            if (result.Rejection is null) joined++;
            else refused = result;
            await client.DisposeAsync();
        }

        // A class joining at once passes; beyond the burst only what the bucket refilled meanwhile (a loaded machine takes
        // longer over the burst, so the refill is counted from the time it took).
        var refilled = (int)Math.Ceiling(clock.Elapsed.TotalMinutes * limits.JoinsPerMinute);
        Assert.InRange(joined, limits.JoinBurst, limits.JoinBurst + refilled + 1);
        Assert.Equal(RejectionCode.TooManyJoins, refused?.Rejection?.Code);
        Assert.True(refused!.RetryAfterSeconds > 0);
        var (laptop, facilitator) = await app.JoinFromAsync(address, new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: SecretOf(workshop.FacilitatorUrl)));
        var (visitor, observer) = await app.JoinFromAsync(address, new JoinRequest(workshop.Code, "组织部", ObserverSecret: workshop.ObserverUrl.Split("#observer=")[1]));
        var (other, elsewhere) = await app.JoinFromAsync("198.51.100.3", new JoinRequest(workshop.Code, "远程学员"));
        Assert.Null(facilitator.Rejection);
        Assert.Null(observer.Rejection);
        Assert.Null(elsewhere.Rejection);
        foreach (var c in new[] { laptop, visitor, other }) await c.DisposeAsync();
    }

    [Fact]
    public async Task A_board_full_of_trainees_still_lets_the_facilitator_and_the_observer_in()
    {
        await using var app = TestApp.Start(settings: new Dictionary<string, string> { ["Limits:JoinBurst"] = "1000" });
        var workshop = await app.CreateWorkshopAsync(groups: 1);
        for (var i = 0; i < BoardLimits.MaxParticipantsPerBoard; i++)
        {
            var (client, result) = await app.JoinFromAsync("203.0.113.13", new JoinRequest(workshop.Code, $"学员{i}"));
            Assert.Null(result.Rejection);
            await client.DisposeAsync();
        }
        var (extra, full) = await app.JoinFromAsync("203.0.113.13", new JoinRequest(workshop.Code, "第五百零一个"));

        var (laptop, facilitator) = await app.JoinFromAsync("203.0.113.13", new JoinRequest(workshop.Code, "张老师", FacilitatorSecret: SecretOf(workshop.FacilitatorUrl)));
        var (visitor, observer) = await app.JoinFromAsync("203.0.113.13", new JoinRequest(workshop.Code, "组织部", ObserverSecret: workshop.ObserverUrl.Split("#observer=")[1]));

        Assert.Equal(RejectionCode.BoardFull, full.Rejection?.Code);
        Assert.Null(facilitator.Rejection);
        Assert.Null(observer.Rejection);
        foreach (var c in new[] { extra, laptop, visitor }) await c.DisposeAsync();
    }

    [Fact]
    public async Task A_facilitator_removes_a_participant_at_once_and_keeps_what_they_wrote()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var troll = await WorkshopPeople.JoinAsync(app, people, "捣乱的");
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        await facilitator.SubmitToAllAsync(new ChangeStageSettings("problem", StageSettings.Open));
        var spam = Guid.NewGuid();
        Assert.True((await troll.SubmitAsync(new AddNote(spam, "problem", "乱写的", NoteColor.Pink, 0, 0))).Accepted);
        var ended = new TaskCompletionSource<AccessEnded>();
        troll.Connection.On<AccessEnded>(nameof(IBoardClient.AccessEnded), e => ended.TrySetResult(e));

        var byTrainee = await alice.Connection.InvokeAsync<CommandAck>(BoardHubMethods.RemoveParticipant,
            new RemoveParticipantRequest(Guid.NewGuid(), troll.Joined!.ParticipantId));
        var removed = await facilitator.Connection.InvokeAsync<CommandAck>(BoardHubMethods.RemoveParticipant,
            new RemoveParticipantRequest(Guid.NewGuid(), troll.Joined!.ParticipantId));
        var notAFacilitator = await facilitator.Connection.InvokeAsync<CommandAck>(BoardHubMethods.RemoveParticipant,
            new RemoveParticipantRequest(Guid.NewGuid(), facilitator.Joined!.ParticipantId));

        Assert.Equal(RejectionCode.NotAllowed, byTrainee.Rejection?.Code);
        Assert.True(removed.Accepted);
        Assert.Equal(RejectionCode.NotAllowed, notAFacilitator.Rejection?.Code);
        Assert.Equal(RejectionCode.ParticipantRemoved, (await ended.Task.WaitAsync(BoardClient.Patience)).Reason);
        Assert.Equal(RejectionCode.NotJoined, (await troll.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "还想写", NoteColor.Pink, 0, 0))).Rejection?.Code);
        Assert.Equal(RejectionCode.NotJoined, (await troll.CatchUpAsync(0)).Rejection?.Code);
        await using var comeback = await app.ConnectAsync();
        var again = await comeback.JoinAsync(new JoinRequest(people.Workshop.Code, ParticipantToken: troll.Joined!.ParticipantToken));
        Assert.Equal(RejectionCode.ParticipantRemoved, again.Rejection?.Code);
        var board = await alice.WaitForSeqAsync((await alice.CatchUpAsync(0)).Events[^1].Seq);
        Assert.Contains(spam, board.Notes.Keys); // what they wrote stays, for the facilitator to judge
        Assert.True((await facilitator.SubmitAsync(new DeleteNote(spam))).Accepted);
        Assert.True((await alice.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "继续", NoteColor.Yellow, 0, 0))).Accepted);
    }

    [Fact]
    public async Task A_connection_flooding_hub_calls_is_told_TooFast_while_others_carry_on()
    {
        await using var app = TestApp.Start();
        var board = await app.CreateBoardAsync();
        await using var honest = await app.JoinAsync(board.Code, "王芳");
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
        var join = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "刷")))).Deserialize<JoinResult>(WireJson.Options)!;
        var note = Guid.NewGuid();
        await raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(new CommandEnvelope(Guid.NewGuid(), join.Boards[0].BoardId,
            new AddNote(note, Stage, "移来移去", NoteColor.Pink, 0, 0))));

        var acks = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => raw.InvokeAsync(BoardHubMethods.Submit,
            RawHubSocket.Json(new CommandEnvelope(Guid.NewGuid(), join.Boards[0].BoardId, new MoveNote(note, i, i))))));

        var codes = acks.Select(a => a.GetProperty("rejection").ValueKind == JsonValueKind.Null ? "ok" : a.GetProperty("rejection").GetProperty("code").GetString())
            .ToList();
        Assert.InRange(codes.Count(c => c == "ok"), new LimitOptions().HubCallBurst - 2, new LimitOptions().HubCallBurst + 40);
        Assert.All(codes.Where(c => c != "ok"), c => Assert.Equal("TooFast", c));
        Assert.True((await honest.SubmitAsync(new AddNote(Guid.NewGuid(), Stage, "我照常写", NoteColor.Yellow, 0, 0))).Accepted);
    }
}
