using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>The wire format (docs/PROTOCOL.md): polymorphic records with a <c>type</c> field, read strictly.</summary>
public class JsonTests
{
    private const string NoteId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static readonly Guid Note = Guid.Parse(NoteId);

    private static readonly Guid ClusterId = Guid.Parse("c1a55000-0000-4000-8000-000000000001");
    private static readonly StageSettings Settings = new(true, true, false, 5, 2, true, 600);
    private static readonly StageTimer Running = new(true, Start.AddMinutes(10), TimeSpan.FromMinutes(10));
    private static readonly Note RevealedNote =
        new(Note, "problem", "会议太多", NoteColor.Pink, 1, 2, Guid.Empty, null, false, NoteAnonymity.HiddenFromEveryone, Start, Start.AddSeconds(5));

    private static readonly Guid ActionId = Guid.Parse("ac710000-0000-4000-8000-000000000001");
    private static readonly DateOnly Due = new(2025, 4, 30);
    private static readonly RatingCriterion Importance = new("importance", new LocalizedText("重要性", "Importance"), 2);
    private static readonly CarriedAction Carried = new(ActionId, 2, "每周复盘一次", "外部顾问 张总", Due, ActionStatus.Blocked, "等预算");

    public static TheoryData<BoardCommand, string> Commands => new()
    {
        { new CreateBoard("周会回顾", BoardLanguage.ZhCn, WorkshopId, 3, WorkshopTemplate.ActionLearning), "createBoard" },
        { new JoinBoard(Alice, "王芳", ParticipantRole.Facilitator, ParticipantLocation.Remote), "joinBoard" },
        { new LeaveBoard(Alice), "leaveBoard" },
        { new RemoveParticipant(Alice), "removeParticipant" },
        { new SetParticipantUnit(Alice, "市发改委"), "setParticipantUnit" },
        { new AddNote(Note, "problem", "会议太多\n😀", NoteColor.Pink, -120, 80.5), "addNote" },
        { new EditNote(Note, "文档太少"), "editNote" },
        { new RecolorNote(Note, NoteColor.Purple), "recolorNote" },
        { new MoveNote(Note, 99_999, -100_000), "moveNote" },
        { new DeleteNote(Note), "deleteNote" },
        { new RestoreNote(Note), "restoreNote" },
        { new AdvanceStage(), "advanceStage" },
        { new LockStage("plan"), "lockStage" },
        { new UnlockStage("plan"), "unlockStage" },
        { new ReopenStage("problem"), "reopenStage" },
        { new ChangeStageSettings("problem", Settings), "changeStageSettings" },
        { new RevealNotes("problem"), "revealNotes" },
        { new RevealVotes("plan"), "revealVotes" },
        { new ControlTimer("plan", TimerAction.Extend, 120), "controlTimer" },
        { new MarkDone("plan", true), "markDone" },
        { new CreateCluster(ClusterId, [Note, Alice], "会议"), "createCluster" },
        { new AddToCluster(Note, ClusterId), "addToCluster" },
        { new RemoveFromCluster(Note), "removeFromCluster" },
        { new RenameCluster(ClusterId, "开会"), "renameCluster" },
        { new DissolveCluster(ClusterId), "dissolveCluster" },
        { new CastVote(ClusterId), "castVote" },
        { new RetractVote(Note), "retractVote" },
        { new CreateBoard("第二次", BoardLanguage.En, WorkshopId, 1, WorkshopTemplate.ActionLearning, [Carried]), "createBoard" },
        { new CreateActionItem(ActionId, "先做试点", new ActionOwner(Alice, null), Due, Note), "createActionItem" },
        { new CreateActionItem(ActionId, "请外部顾问", new ActionOwner(null, "张总")), "createActionItem" },
        { new EditActionItem(ActionId, "每周复盘", new ActionOwner(null, "HR 部门"), Due), "editActionItem" },
        { new EditActionItem(ActionId, "每周复盘", new ActionOwner(Bob, null)), "editActionItem" },
        { new DeleteActionItem(ActionId), "deleteActionItem" },
        { new UpdateActionProgress(ActionId, ActionStatus.InProgress, "已约好时间\n下周一开始"), "updateActionProgress" },
        { new UpdateActionProgress(ActionId, ActionStatus.Done), "updateActionProgress" },
        { new RecordOwnerProgress(ActionId, ActionStatus.Blocked, "等预算"), "recordOwnerProgress" },
        { new WriteSummary("我们选了会议太多的问题。\n下次先做试点。"), "writeSummary" },
        { new RateItem(Note, "importance", 4), "rateItem" },
        { new RateItem(ClusterId, "cost", null), "rateItem" },
        { new SetCriteria("choose", [Importance]), "setCriteria" },
        { new RevealRatings("choose"), "revealRatings" },
        { new AllowQuestions("problem", true), "allowQuestions" },
        { new Questions.AskQuestion(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), Note, "慢在哪一步？"), "askQuestion" },
        { new Questions.AnswerQuestion(Guid.Parse("8e0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), "部门会签"), "answerQuestion" },
        { new Questions.EditQuestion(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), "慢在哪里？"), "editQuestion" },
        { new Questions.WithdrawQuestion(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b")), "withdrawQuestion" },
        { new ReviseSteps(Templates.StagesOf(WorkshopTemplate.ActionLearning)), "reviseSteps" },
    };

    public static TheoryData<BoardEvent, string> Events => new()
    {
        { new BoardCreated("Sprint retro", BoardLanguage.En, WorkshopId, 2, Templates.StagesOf(WorkshopTemplate.ActionLearning), false), "boardCreated" },
        { new ParticipantJoined(Bob, "Bob", ParticipantRole.Observer, ParticipantLocation.InRoom), "participantJoined" },
        { new ParticipantLeft(Bob), "participantLeft" },
        { new ParticipantRemoved(Bob), "participantRemoved" },
        { new ParticipantUnitSet(Bob, null), "participantUnitSet" },
        { new NoteAdded(Note, "problem", "会议太多", NoteColor.Yellow, 120, -80, true, NoteAnonymity.HiddenFromParticipants), "noteAdded" },
        { new NoteEdited(Note, "第一行\n第二行"), "noteEdited" },
        { new NoteRecolored(Note, NoteColor.Green), "noteRecolored" },
        { new NoteMoved(Note, 0, 42), "noteMoved" },
        { new NoteDeleted(Note), "noteDeleted" },
        { new NoteDeleted(Note, Forgets: ActionId), "noteDeleted" },
        { new NoteRestored(Note), "noteRestored" },
        { new StageAdvanced(null, "problem"), "stageAdvanced" },
        { new StageAdvanced("summary", null), "stageAdvanced" },
        { new StageLocked("plan"), "stageLocked" },
        { new StageUnlocked("plan"), "stageUnlocked" },
        { new StageReopened("problem", "plan"), "stageReopened" },
        { new StageSettingsChanged("plan", Settings), "stageSettingsChanged" },
        { new NotesRevealed("problem"), "notesRevealed" },
        { new NotesRevealed("problem", [RevealedNote]), "notesRevealed" },
        { new VotesRevealed("plan"), "votesRevealed" },
        { new VotesRevealed("plan", [new Vote(Guid.Empty, Note, "plan", false)]), "votesRevealed" },
        { new TimerChanged("plan", Running), "timerChanged" },
        { new TimerChanged("plan", StageTimer.Stopped), "timerChanged" },
        { new DoneMarked("plan", true), "doneMarked" },
        { new ClusterCreated(ClusterId, "plan", "会议", [Note, Bob]), "clusterCreated" },
        { new NoteClustered(Note, ClusterId), "noteClustered" },
        { new NoteUnclustered(Note, ClusterId), "noteUnclustered" },
        { new ClusterRenamed(ClusterId, "开会"), "clusterRenamed" },
        { new ClusterDissolved(ClusterId), "clusterDissolved" },
        { new VoteCast(Note, "plan", true), "voteCast" },
        { new VoteRetracted(Note, "plan"), "voteRetracted" },
        { new EventHidden(), "eventHidden" },
        { new BoardCreated("第二次", BoardLanguage.ZhCn, WorkshopId, 1, Templates.StagesOf(WorkshopTemplate.ActionLearning), false, [Carried]), "boardCreated" },
        { new ActionItemCreated(ActionId, "action", Note, "先做试点", Alice, "王芳", Due), "actionItemCreated" },
        { new ActionItemCreated(ActionId, "action", null, "请外部顾问", null, "张总", null), "actionItemCreated" },
        { new ActionItemEdited(ActionId, "每周复盘", null, "HR 部门", Due), "actionItemEdited" },
        { new ActionItemDeleted(ActionId), "actionItemDeleted" },
        { new ActionProgressUpdated(ActionId, ActionStatus.Done, "完成了"), "actionProgressUpdated" },
        { new SummaryWritten("我们选了会议太多的问题。"), "summaryWritten" },
        { new ItemRated(Note, "choose", "importance", 5), "itemRated" },
        { new ItemRated(Note, "choose", "importance", null), "itemRated" },
        { new CriteriaSet("choose", [Importance]), "criteriaSet" },
        { new RatingsRevealed("choose"), "ratingsRevealed" },
        { new RatingsRevealed("choose", [new Rating(Guid.Empty, ActionId, Note, "choose", "importance", 3)]), "ratingsRevealed" },
        { new QuestionsAllowed("problem", false), "questionsAllowed" },
        { new Questions.QuestionAsked(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), Note, "problem", "慢在哪一步？", NoteAnonymity.HiddenFromEveryone), "questionAsked" },
        { new Questions.QuestionAnswered(Guid.Parse("8e0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), "部门会签", NoteAnonymity.Named), "questionAnswered" },
        { new Questions.QuestionEdited(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), "慢在哪里？"), "questionEdited" },
        { new Questions.QuestionWithdrawn(Guid.Parse("9f0e3a4b-1c2d-4e5f-8a9b-0c1d2e3f4a5b")), "questionWithdrawn" },
        { new StepsRevised(Templates.StagesOf(WorkshopTemplate.ActionLearning)), "stepsRevised" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_round_trips_with_its_type_discriminator_first(BoardCommand command, string type)
    {
        var json = JsonSerializer.Serialize(command, WireJson.Options);

        Assert.Matches($$"""^\{"type":"{{type}}"[,}]""", json);
        var read = JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options);
        Assert.Equivalent(command, read, strict: true);
        Assert.Equal(command.GetType(), read!.GetType());
        Assert.Equal(json, JsonSerializer.Serialize(read, WireJson.Options));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_round_trips_with_its_type_discriminator_first(BoardEvent boardEvent, string type)
    {
        var json = JsonSerializer.Serialize(boardEvent, WireJson.Options);

        Assert.Matches($$"""^\{"type":"{{type}}"[,}]""", json);
        var read = JsonSerializer.Deserialize<BoardEvent>(json, WireJson.Options);
        Assert.Equivalent(boardEvent, read, strict: true);
        Assert.Equal(boardEvent.GetType(), read!.GetType());
        Assert.Equal(json, JsonSerializer.Serialize(read, WireJson.Options));
    }

    [Fact]
    public void Hidden_event_says_nothing_but_its_type()
    {
        // Rule H1: the placeholder is content-free
        Assert.Equal("""{"type":"eventHidden"}""", JsonSerializer.Serialize<BoardEvent>(new EventHidden(), WireJson.Options));
    }

    [Fact]
    public void Enumerations_are_written_by_name()
    {
        var json = JsonSerializer.Serialize<BoardCommand>(
            new CreateBoard("周会", BoardLanguage.En, WorkshopId, 1, WorkshopTemplate.OpenBrainstorm), WireJson.Options);
        var timer = JsonSerializer.Serialize<BoardCommand>(new ControlTimer("plan", TimerAction.Resume), WireJson.Options);

        Assert.Contains("\"template\":\"OpenBrainstorm\"", json, StringComparison.Ordinal);
        Assert.Contains("\"language\":\"en\"", json, StringComparison.Ordinal);
        Assert.Contains("\"action\":\"Resume\"", timer, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_and_event_type_has_a_round_trip_case()
    {
        // A new command or event type must be added to the cases above.
        Assert.Equal(DerivedTypes<BoardCommand>(), Commands.Select(row => row[0].GetType()).ToHashSet());
        Assert.Equal(DerivedTypes<BoardEvent>(), Events.Select(row => row[0].GetType()).ToHashSet());
    }

    [Fact]
    public void Discriminators_are_the_camel_cased_type_names()
    {
        foreach (var derived in typeof(BoardCommand).GetCustomAttributes<JsonDerivedTypeAttribute>()
                     .Concat(typeof(BoardEvent).GetCustomAttributes<JsonDerivedTypeAttribute>()))
            Assert.Equal(JsonNamingPolicy.CamelCase.ConvertName(derived.DerivedType.Name), derived.TypeDiscriminator);
    }

    [Fact]
    public void Add_note_reads_as_the_protocol_document_writes_it_with_its_stage()
    {
        const string json = $$"""{"type":"addNote","noteId":"{{NoteId}}","stageId":"brainstorm","text":"会议太多","color":"Yellow","x":120,"y":80}""";

        Assert.Equal(new AddNote(Note, Brainstorm, "会议太多", NoteColor.Yellow, 120, 80),
            JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Fact]
    public void Add_note_without_a_stage_fails_to_read()
    {
        // Rule N1: the stage is named, so that a note for a stage that closed meanwhile is refused rather than misplaced.
        const string json = $$"""{"type":"addNote","noteId":"{{NoteId}}","text":"会议太多","color":"Yellow","x":120,"y":80}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Fact]
    public void Envelopes_round_trip()
    {
        var command = new CommandEnvelope(Guid.NewGuid(), BoardId, new MoveNote(Note, 1, 2));
        var stored = new EventEnvelope(7, Guid.NewGuid(), Alice, Start, new NoteEdited(Note, "会议太多"));
        var ack = new CommandAck(Guid.NewGuid(), 0, new Rejection(RejectionCode.NoteTextTooLong), "便签最多 500 个字。");

        Assert.Equal(command, RoundTrip(command));
        Assert.Equal(stored, RoundTrip(stored));
        Assert.Equal(ack, RoundTrip(ack));
        Assert.Contains("\"code\":\"NoteTextTooLong\"", JsonSerializer.Serialize(ack, WireJson.Options), StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_round_trips()
    {
        var board = WithParticipants();
        var id = board.AddNote(Alice, "会议太多", NoteColor.Blue, -0.4, 3);
        board.Accept(new EditNote(id, "会议太多了"), Facilitator);
        var json = SnapshotJson(board.State);

        var read = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, WireJson.Options));
        Assert.Equal(json, SnapshotJson(read.ToState()));
    }

    [Fact]
    public void Snapshot_of_a_board_in_session_round_trips()
    {
        // Stages with settings, status, done flags and a running timer; clusters; hidden and anonymous notes; votes.
        var board = ActionLearningAt(StageIds.Problem);
        var hidden = board.AddNote(Alice, "私下写的");
        var other = board.AddNote(Bob, "也是问题");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        board.AddNote(Carol, "还没公开");
        board.Accept(new CreateCluster(ClusterId, [hidden, other], "问题"), Carol);
        board.Accept(new CastVote(ClusterId), Alice);
        board.Accept(new MarkDone(StageIds.Problem, true), Bob);
        board.Accept(new ControlTimer(StageIds.Problem, TimerAction.Start), Facilitator);
        board.Accept(new AdvanceStage(), Facilitator);
        board.Accept(new ControlTimer(StageIds.Plan, TimerAction.Start, 90), Facilitator);
        board.Accept(new LockStage(StageIds.Plan), Facilitator);
        var json = SnapshotJson(board.State);

        var read = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, WireJson.Options));
        Assert.Equal(json, SnapshotJson(read.ToState()));
    }

    [Fact]
    public void Snapshot_with_action_items_a_summary_and_carried_actions_round_trips()
    {
        // Rules A2, A7, A8: what a board keeps after the class travels in its snapshot
        var board = Empty();
        board.Accept(Creating("第二次") with { Template = WorkshopTemplate.ActionLearning, Carried = [Carried] }, Guid.Empty);
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Alice, "王芳");
        board.OpenStage(StageIds.Action);
        var note = board.AddNote(Alice, "先做试点");
        board.Accept(new CreateActionItem(ActionId, "先做试点", new ActionOwner(Alice, null), Due, note), Alice);
        board.Accept(new CreateActionItem(Guid.NewGuid(), "请外部顾问", new ActionOwner(null, "张总")), Facilitator);
        board.Accept(new UpdateActionProgress(ActionId, ActionStatus.Blocked, "等预算"), Alice);
        board.OpenStage(StageIds.Summary);
        board.Accept(new WriteSummary("先做试点。"), Alice);
        var json = SnapshotJson(board.State);

        var read = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, WireJson.Options));
        Assert.Equal(json, SnapshotJson(read.ToState()));
        Assert.Equal(2, read.Actions!.Count);
        Assert.Equal("先做试点。", read.Summary);
        Assert.Equal([Carried], read.Carried!);
        Assert.Contains("\"status\":\"Blocked\"", json, StringComparison.Ordinal);
        Assert.Contains("\"due\":\"2025-04-30\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_and_board_created_written_before_action_items_read_with_none()
    {
        // BoardSnapshot.Actions, Summary, Carried and BoardCreated.Carried are optional: older stored JSON still reads
        var snapshot = JsonNode.Parse(SnapshotJson(WithParticipants().State))!.AsObject();
        snapshot.Remove("actions");
        snapshot.Remove("summary");
        snapshot.Remove("carried");
        var created = JsonNode.Parse(JsonSerializer.Serialize<BoardEvent>(
            new BoardCreated("周会", BoardLanguage.ZhCn, WorkshopId, 1, Templates.StagesOf(WorkshopTemplate.ActionLearning), false), WireJson.Options))!.AsObject();
        created.Remove("carried");

        var state = JsonSerializer.Deserialize<BoardSnapshot>(snapshot.ToJsonString(), WireJson.Options)!.ToState();
        var e = Assert.IsType<BoardCreated>(JsonSerializer.Deserialize<BoardEvent>(created.ToJsonString(), WireJson.Options));

        Assert.Empty(state.Actions);
        Assert.Equal("", state.Summary);
        Assert.Empty(state.Carried);
        Assert.Null(e.Carried);
    }

    [Theory]
    [InlineData(BoardLanguage.ZhCn, "\"zh-CN\"")]
    [InlineData(BoardLanguage.En, "\"en\"")]
    public void Board_language_is_written_as_its_culture_name(BoardLanguage language, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(language, WireJson.Options));
        Assert.Equal(language, JsonSerializer.Deserialize<BoardLanguage>(json, WireJson.Options));
    }

    [Theory]
    [InlineData($$"""{"type":"moveNote","noteId":"{{NoteId}}","x":1}""")] // y missing
    [InlineData($$"""{"type":"addNote","noteId":"{{NoteId}}","color":"Yellow","x":1,"y":2}""")] // text missing
    [InlineData($$"""{"type":"addNote","noteId":"{{NoteId}}","text":"t","x":1,"y":2}""")] // color missing
    [InlineData("""{"type":"deleteNote"}""")] // noteId missing
    [InlineData($$"""{"type":"editNote","noteId":"{{NoteId}}","text":null}""")]
    [InlineData($$"""{"type":"addNote","noteId":"{{NoteId}}","text":null,"color":"Yellow","x":1,"y":2}""")]
    [InlineData("""{"type":"deleteNote","noteId":null}""")]
    [InlineData($$"""{"type":"shoutNote","noteId":"{{NoteId}}"}""")] // unknown type
    [InlineData($$"""{"type":"DeleteNote","noteId":"{{NoteId}}"}""")] // discriminators are case-sensitive
    [InlineData($$"""{"type":"moveNote","noteId":"{{NoteId}}","x":"12","y":3}""")] // number as a string
    [InlineData($$"""{"type":"moveNote","noteId":"{{NoteId}}","x":1,"y":"NaN"}""")]
    [InlineData($$"""{"type":"editNote","noteId":"{{NoteId}}","text":42}""")] // wrong type
    [InlineData("""{"type":"deleteNote","noteId":"not-a-guid"}""")]
    [InlineData("""{"type":"deleteNote","noteId":""}""")]
    [InlineData($$"""{"type":"recolorNote","noteId":"{{NoteId}}","color":"Magenta"}""")]
    [InlineData($$"""{"type":"deleteNote","type":"editNote","noteId":"{{NoteId}}"}""")] // two types
    public void Malformed_command_fails_to_read_with_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Fact]
    public void Envelope_with_a_null_command_fails_to_read_with_JsonException()
    {
        var json = $$"""{"opId":"{{Guid.NewGuid()}}","boardId":"{{BoardId}}","command":null}""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CommandEnvelope>(json, WireJson.Options));
    }

    [Fact]
    public void Command_without_a_type_fails_to_read()
    {
        // PROTOCOL "Join and Submit": a malformed message is answered with MalformedMessage, never a server error.
        // System.Text.Json reports a missing discriminator as NotSupportedException; the server's reader catches both.
        const string json = $$"""{"noteId":"{{NoteId}}"}""";

        var error = Record.Exception(() => JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));

        Assert.True(error is JsonException or NotSupportedException, error?.GetType().Name);
    }

    [Fact]
    public void Type_need_not_come_first()
    {
        const string json = $$"""{"noteId":"{{NoteId}}","x":5,"type":"moveNote","y":6}""";

        Assert.Equal(new MoveNote(Note, 5, 6), JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        const string json = $$"""{"type":"deleteNote","noteId":"{{NoteId}}","reason":"duplicate"}""";

        Assert.Equal(new DeleteNote(Note), JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Fact]
    public void Colour_number_that_reads_is_refused_by_the_rules()
    {
        // Rule N8: the enum converter reads numbers, so the core is the guard.
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        var json = $$"""{"type":"recolorNote","noteId":"{{id}}","color":9}""";

        var command = JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options)!;

        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(command, Alice));
    }

    [Fact]
    public void Overflowing_coordinate_that_reads_as_infinity_is_refused_by_the_rules()
    {
        // Rule N3: 1e400 reads as +∞, so the core is the guard.
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        var json = $$"""{"type":"moveNote","noteId":"{{id}}","x":1e400,"y":0}""";

        var command = JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options)!;

        Assert.Equal(RejectionCode.PositionOutOfRange, board.Reject(command, Alice));
    }

    [Fact]
    public void A_500_character_Chinese_note_fits_in_a_hub_message()
    {
        var message = SubmitMessage(new string('会', 500));

        Assert.True(message <= BoardHubMethods.MaxMessageBytes, $"{message} bytes");
    }

    [Fact]
    public void Every_note_the_rules_accept_fits_in_a_hub_message()
    {
        // Rule N2 and BoardHubMethods.MaxMessageBytes: a note the core accepts must also be sendable. 500 rainbow flags
        // (6 UTF-16 units each, 3000 in all, under the 4000-unit raw bound) are accepted and must fit.
        var text = string.Concat(Enumerable.Repeat("🏳️‍🌈", 500));
        Assert.True(WithParticipants().Decide(new AddNote(Note, Brainstorm, text, NoteColor.Yellow, 0, 0), Alice).IsAccepted);

        var message = SubmitMessage(text);

        Assert.True(message <= BoardHubMethods.MaxMessageBytes, $"{message} bytes");
    }

    /// <summary>The UTF-8 size of a hub invocation submitting an AddNote with this text.</summary>
    private static int SubmitMessage(string text)
    {
        var envelope = new CommandEnvelope(Guid.NewGuid(), BoardId, new AddNote(Guid.NewGuid(), Brainstorm, text, NoteColor.Yellow, -99_999, -99_999));
        var invocation = $$"""{"type":1,"invocationId":"4294967295","target":"{{BoardHubMethods.Submit}}","arguments":[{{JsonSerializer.Serialize(envelope, WireJson.Options)}}]}""" + "\u001e";
        return Encoding.UTF8.GetByteCount(invocation);
    }

    private static T? RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, WireJson.Options), WireJson.Options);

    private static HashSet<Type> DerivedTypes<T>() =>
        typeof(T).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
}
