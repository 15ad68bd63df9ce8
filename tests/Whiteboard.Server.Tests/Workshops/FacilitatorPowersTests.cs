using Whiteboard.Core.Clusters;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Microsoft.AspNetCore.SignalR.Client;

namespace Whiteboard.Server.Tests.Workshops;

public sealed class FacilitatorPowersTests
{
    [Fact]
    public async Task A_participants_crafted_facilitator_commands_are_refused()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");

        BoardCommand[] stageCommands =
        [
            new AdvanceStage(), new LockStage("problem"), new UnlockStage("problem"), new ReopenStage("problem"),
            new RevealNotes("problem"), new RevealVotes("problem"), new ControlTimer("problem", TimerAction.Start, 60),
            new ChangeStageSettings("problem", StageSettings.Open),
        ];
        foreach (var command in stageCommands)
            Assert.Equal(RejectionCode.NotAllowed, (await alice.SubmitAsync(command)).Rejection?.Code); // Rule ST7

        var toAll = await alice.Connection.InvokeAsync<IReadOnlyList<BoardAck>>(BoardHubMethods.SubmitToAll,
            new WorkshopCommandEnvelope(Guid.NewGuid(), people.Workshop.WorkshopId, new AdvanceStage()));
        Assert.Equal(RejectionCode.NotAllowed, toAll.Single().Ack.Rejection?.Code);
        var move = await alice.Connection.InvokeAsync<CommandAck>(BoardHubMethods.MoveParticipant,
            new MoveParticipantRequest(Guid.NewGuid(), alice.Joined!.ParticipantId, people.Workshop.Boards[1].BoardId));
        Assert.Equal(RejectionCode.NotAllowed, move.Rejection?.Code);
        var promote = await alice.SubmitAsync(new JoinBoard(Guid.NewGuid(), "假促进师", ParticipantRole.Facilitator, ParticipantLocation.InRoom));
        Assert.Equal(RejectionCode.NotAllowed, promote.Rejection?.Code); // Rule P4

        var otherBoard = people.Workshop.Boards.Single(b => b.BoardId != alice.BoardId).BoardId;
        var elsewhere = await alice.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "别的组", NoteColor.Yellow, 0, 0), boardId: otherBoard);
        Assert.Equal(RejectionCode.NotJoined, elsewhere.Rejection?.Code); // a participant acts on their own group only
        var state = (await facilitator.CatchUpAsync(0, alice.BoardId)).Events.Select(e => e.Event);
        Assert.DoesNotContain(state, e => e is StageAdvanced or ParticipantLeft);
    }

    [Fact]
    public async Task A_stage_action_for_all_groups_reaches_every_group()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 3);
        await using var facilitator = people.Facilitator;
        var trainees = new List<BoardClient>();
        foreach (var name in new[] { "甲", "乙", "丙" }) trainees.Add(await WorkshopPeople.JoinAsync(app, people, name));

        var acks = await facilitator.SubmitToAllAsync(new AdvanceStage()); // Rule W5
        var again = await facilitator.SubmitToAllAsync(new LockStage("problem"));

        Assert.Equal(3, acks.Count);
        Assert.All(acks, a => Assert.True(a.Ack.Accepted));
        Assert.All(again, a => Assert.True(a.Ack.Accepted));
        foreach (var trainee in trainees)
        {
            var state = await trainee.WaitForSeqAsync(acks.Single(a => a.BoardId == trainee.BoardId).Ack.Seq + 1);
            Assert.Equal(StageStatus.Locked, state.StageById("problem")!.Status);
            await trainee.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_repeated_all_groups_action_is_applied_once_on_every_group()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 2);
        await using var facilitator = people.Facilitator;
        var opId = Guid.NewGuid();

        var first = await facilitator.SubmitToAllAsync(new AdvanceStage(), opId);
        var retry = await facilitator.SubmitToAllAsync(new AdvanceStage(), opId); // Rule S1 on every board

        Assert.Equal(first.Select(a => (a.BoardId, a.Ack.Seq)), retry.Select(a => (a.BoardId, a.Ack.Seq)));
        foreach (var board in people.Workshop.Boards)
        {
            var events = (await facilitator.CatchUpAsync(0, board.BoardId)).Events;
            Assert.Single(events, e => e.Event is StageAdvanced);
        }
    }

    [Fact]
    public async Task A_class_joining_at_the_same_moment_is_spread_evenly_over_the_groups()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 4);
        await using var facilitator = people.Facilitator;

        // Rule W2 under load: 40 tablets scan the QR code at once (found by the bench: 29–35 a group of 30).
        var clients = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => WorkshopPeople.JoinAsync(app, people, $"学员{i}")));
        try
        {
            var perGroup = clients.GroupBy(c => c.BoardId).Select(g => g.Count()).ToList();
            Assert.Equal([10, 10, 10, 10], perGroup);
        }
        finally
        {
            foreach (var client in clients) await client.DisposeAsync();
        }
    }

    [Fact]
    public async Task Participants_are_spread_over_the_groups_and_can_be_moved_by_the_facilitator()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 2);
        await using var facilitator = people.Facilitator;
        await using var a = await WorkshopPeople.JoinAsync(app, people, "甲");
        await using var b = await WorkshopPeople.JoinAsync(app, people, "乙");
        await using var c = await WorkshopPeople.JoinAsync(app, people, "丙");

        Assert.NotEqual(a.BoardId, b.BoardId); // Rule W2: the emptiest group, lowest number first
        Assert.Equal(a.BoardId, c.BoardId);
        Assert.Equal(people.Workshop.Boards[0].BoardId, a.BoardId);

        var move = await facilitator.Connection.InvokeAsync<CommandAck>(BoardHubMethods.MoveParticipant,
            new MoveParticipantRequest(Guid.NewGuid(), c.Joined!.ParticipantId, b.BoardId)); // Rule W3
        Assert.True(move.Accepted);
        await Wait.Until(() => c.Moves.Any(m => m.ToBoardId == b.BoardId));

        await using var cAgain = await app.JoinAsync(people.Workshop.Code, "", token: c.Joined.ParticipantToken);
        Assert.Equal(b.BoardId, cAgain.BoardId);
        Assert.Equal(c.Joined.ParticipantId, cAgain.Joined!.ParticipantId);
        var ack = await cAgain.SubmitAsync(new AdvanceStage());
        Assert.Equal(RejectionCode.NotAllowed, ack.Rejection?.Code);
        var left = (await facilitator.CatchUpAsync(0, a.BoardId)).Events.Select(e => e.Event).OfType<ParticipantLeft>().Single();
        Assert.Equal(c.Joined.ParticipantId, left.ParticipantId);
    }

    [Fact]
    public async Task Observers_see_every_group_and_change_nothing()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 2);
        await using var facilitator = people.Facilitator;
        await facilitator.SubmitToAllAsync(new AdvanceStage());

        await using var observer = await app.JoinAsync(people.Workshop.Code, "组织部", observerSecret: people.ObserverSecret);

        Assert.Equal(ParticipantRole.Observer, observer.Joined!.Role); // Rule W4
        Assert.Equal(2, observer.Joined.Boards.Count);
        var add = await observer.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "旁听的意见", NoteColor.Yellow, 0, 0));
        Assert.Equal(RejectionCode.ObserverReadOnly, add.Rejection?.Code); // Rule P3
        var cluster = await observer.SubmitAsync(new CreateCluster(Guid.NewGuid(), [Guid.NewGuid(), Guid.NewGuid()]));
        Assert.Equal(RejectionCode.ObserverReadOnly, cluster.Rejection?.Code);
    }

    [Fact]
    public async Task A_wrong_observer_secret_is_refused()
    {
        await using var app = TestApp.Start();
        var workshop = await app.CreateWorkshopAsync();
        await using var client = new BoardClient(app.NewConnection());
        await client.StartAsync();

        var result = await client.JoinAsync(new JoinRequest(workshop.Code, "路人", ObserverSecret: "guess"));

        Assert.Equal(RejectionCode.InvalidObserverSecret, result.Rejection?.Code);
        Assert.Empty(result.Boards);
    }
}
