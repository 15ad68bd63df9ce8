using System.Text.Json;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>
/// A board under test, run the way the server runs one: each command is decided with the core, and an accepted one is
/// wrapped in an envelope with the board's next sequence number and applied. It also remembers the state before each
/// event, so that what each person's browser receives (<see cref="Received"/>) can be projected as the hub does.
/// </summary>
internal sealed class TestBoard
{
    public static readonly Guid BoardId = Guid.Parse("b0a4d000-0000-4000-8000-000000000001");
    public static readonly Guid WorkshopId = Guid.Parse("00400000-0000-4000-8000-000000000001");
    public static readonly Guid Facilitator = Guid.Parse("0000f000-0000-4000-8000-000000000001");
    public static readonly Guid Alice = Guid.Parse("0000a000-0000-4000-8000-000000000002");
    public static readonly Guid Bob = Guid.Parse("0000b000-0000-4000-8000-000000000003");
    public static readonly Guid Observer = Guid.Parse("00000b50-0000-4000-8000-000000000004");
    /// <summary>Never joins the board.</summary>
    public static readonly Guid Stranger = Guid.Parse("00005700-0000-4000-8000-000000000005");
    public static readonly Guid Carol = Guid.Parse("0000c000-0000-4000-8000-000000000006");
    public static readonly DateTimeOffset Start = new(2025, 3, 7, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The one stage of an <see cref="WorkshopTemplate.OpenBrainstorm"/> board, open from the start.</summary>
    public const string Brainstorm = StageIds.Brainstorm;

    private readonly List<EventEnvelope> events = [];
    private readonly List<BoardState> befores = [];

    private TestBoard() => State = BoardState.Empty(BoardId);

    public BoardState State { get; private set; }

    public IReadOnlyList<EventEnvelope> Events => events;

    /// <summary>The server's clock for the next command; by default one second per sequence number after <see cref="Start"/>.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>A board nobody has created yet.</summary>
    public static TestBoard Empty() => new();

    /// <summary>A created board nobody has joined yet.</summary>
    public static TestBoard Created(string title = "周会回顾", WorkshopTemplate template = WorkshopTemplate.OpenBrainstorm)
    {
        var board = new TestBoard();
        board.Accept(Creating(title, BoardLanguage.ZhCn, template), Guid.Empty);
        return board;
    }

    public static CreateBoard Creating(string title, BoardLanguage language = BoardLanguage.ZhCn,
        WorkshopTemplate template = WorkshopTemplate.OpenBrainstorm, int group = 1) =>
        new(title, language, WorkshopId, group, template);

    /// <summary>
    /// A created board with a facilitator, two participants (Alice, Bob) and an observer. The default, an open brainstorm, has
    /// one stage open from the start and no private writing: a plain board of notes.
    /// </summary>
    public static TestBoard WithParticipants(WorkshopTemplate template = WorkshopTemplate.OpenBrainstorm)
    {
        var board = Created(template: template);
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Alice, "王芳", ParticipantRole.Participant);
        board.Join(Bob, "Bob", ParticipantRole.Participant, ParticipantLocation.Remote);
        board.Join(Observer, "旁听", ParticipantRole.Observer);
        return board;
    }

    /// <summary>
    /// A board made from a flow's own steps (as a designer or library flow gives them), its first step open, with the
    /// people of <see cref="WithParticipants"/>.
    /// </summary>
    public static TestBoard WithSteps(params StageDefinition[] steps)
    {
        var board = new TestBoard();
        var created = new BoardCreated("自定义流程", BoardLanguage.ZhCn, WorkshopId, 1, steps, FirstStageOpen: true);
        var envelope = new EventEnvelope(1, Guid.NewGuid(), Guid.Empty, Start, created);
        board.befores.Add(board.State);
        board.events.Add(envelope);
        board.State = Board.Apply(board.State, envelope);
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Alice, "王芳", ParticipantRole.Participant);
        board.Join(Bob, "Bob", ParticipantRole.Participant, ParticipantLocation.Remote);
        board.Join(Observer, "旁听", ParticipantRole.Observer);
        return board;
    }

    /// <summary>An action-learning board with the people of <see cref="WithParticipants"/> and Carol; no stage open yet.</summary>
    public static TestBoard ActionLearning()
    {
        var board = WithParticipants(WorkshopTemplate.ActionLearning);
        board.Join(Carol, "陈静", ParticipantRole.Participant);
        return board;
    }

    /// <summary>An action-learning board advanced (by the facilitator) until <paramref name="stageId"/> is open.</summary>
    public static TestBoard ActionLearningAt(string stageId)
    {
        var board = ActionLearning();
        board.OpenStage(stageId);
        return board;
    }

    /// <summary>The board's snapshot as it travels on the wire: a value to compare states by.</summary>
    public static string SnapshotJson(BoardState state) => JsonSerializer.Serialize(BoardSnapshot.Of(state), WireJson.Options);

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, WireJson.Options);

    public Decision Decide(BoardCommand command, Guid actor) =>
        Board.Decide(State, command, new CommandContext(actor, Clock));

    /// <summary>Decides the command and, if it is accepted, appends and applies its event.</summary>
    public Decision Submit(BoardCommand command, Guid actor)
    {
        var decision = Decide(command, actor);
        if (decision.Event is { } e)
        {
            var envelope = new EventEnvelope(State.Seq + 1, Guid.NewGuid(), actor, Clock, e);
            befores.Add(State);
            State = Board.Apply(State, envelope);
            events.Add(envelope);
        }
        return decision;
    }

    public BoardEvent Accept(BoardCommand command, Guid actor)
    {
        var decision = Submit(command, actor);
        Assert.True(decision.IsAccepted, $"{command} by {actor} was rejected: {decision.Rejection?.Code}");
        return decision.Event!;
    }

    /// <summary>Submits a command that must be rejected, checks it changed nothing, and returns why.</summary>
    public RejectionCode Reject(BoardCommand command, Guid actor)
    {
        var before = State;
        var decision = Submit(command, actor);
        Assert.False(decision.IsAccepted, $"{command} by {actor} was accepted: {decision.Event}");
        Assert.Same(before, State);
        return decision.Rejection!.Code;
    }

    public void Join(Guid id, string name, ParticipantRole role = ParticipantRole.Participant,
        ParticipantLocation location = ParticipantLocation.InRoom) =>
        Accept(new JoinBoard(id, name, role, location), id);

    /// <summary>Adds a note by <paramref name="author"/> to the current stage (or <paramref name="stageId"/>) and returns its id.</summary>
    public Guid AddNote(Guid author, string text = "会议太多", NoteColor color = NoteColor.Yellow, double x = 120, double y = 80,
        string? stageId = null)
    {
        var id = Guid.NewGuid();
        Accept(new AddNote(id, stageId ?? CurrentStageId, text, color, x, y), author);
        return id;
    }

    public Note Note(Guid id) => State.Notes[id];

    public Stage Stage(string id) => State.StageById(id)!;

    public string CurrentStageId => State.CurrentStage?.Id ?? "";

    /// <summary>The facilitator advances until <paramref name="stageId"/> is the open stage.</summary>
    public void OpenStage(string stageId)
    {
        for (var i = 0; State.CurrentStage?.Id != stageId; i++)
        {
            Assert.True(i < 10, $"stage {stageId} never opened");
            Accept(new AdvanceStage(), Facilitator);
        }
    }

    /// <summary>The facilitator changes one stage's settings.</summary>
    public void Configure(string stageId, Func<StageSettings, StageSettings> change) =>
        Accept(new ChangeStageSettings(stageId, change(Stage(stageId).Settings)), Facilitator);

    /// <summary>How <paramref name="person"/> may see the board: their role on it now.</summary>
    public Viewer ViewerOf(Guid person) => new(person, State.Participants[person].Role);

    /// <summary>
    /// The events <paramref name="person"/>'s browser receives after they joined, projected as the hub sends them
    /// (<see cref="Fanout.SentTo"/>).
    /// </summary>
    public IReadOnlyList<EventEnvelope> Received(Guid person)
    {
        var viewer = ViewerOf(person);
        var joined = JoinedAt(person);
        return [.. events.Select((e, i) => (e, i)).Where(x => x.e.Seq > joined).Select(x => Fanout.SentTo(befores[x.i], x.e, viewer))];
    }

    /// <summary>What <paramref name="person"/>'s browser holds: the snapshot they joined with, then every event they received.</summary>
    public BoardState ClientState(Guid person)
    {
        var joined = JoinedAt(person);
        var atJoin = Board.Replay(BoardId, events.Take((int)joined));
        return Received(person).Aggregate(Visibility.Snapshot(atJoin, ViewerOf(person)), Board.Apply);
    }

    /// <summary>The sequence number of <paramref name="person"/>'s (last) join: their snapshot is taken just after it.</summary>
    private long JoinedAt(Guid person) =>
        events.Last(e => e.Event is ParticipantJoined j && j.ParticipantId == person).Seq;

    /// <summary>Moves the default clock: the next command is at <paramref name="at"/>, later ones a second apart as before.</summary>
    public void ClockFrom(DateTimeOffset at) => shift = at - Start.AddSeconds(State.Seq + 1);

    private TimeSpan shift;

    private DateTimeOffset Clock => Now ?? Start.AddSeconds(State.Seq + 1) + shift;
}
