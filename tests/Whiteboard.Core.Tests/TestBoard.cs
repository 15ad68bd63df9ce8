using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Tests;

/// <summary>
/// A board under test, run the way the server runs one: each command is decided with the core, and an accepted one is
/// wrapped in an envelope with the board's next sequence number and applied.
/// </summary>
internal sealed class TestBoard
{
    public static readonly Guid BoardId = Guid.Parse("b0a4d000-0000-4000-8000-000000000001");
    public static readonly Guid Facilitator = Guid.Parse("0000f000-0000-4000-8000-000000000001");
    public static readonly Guid Alice = Guid.Parse("0000a000-0000-4000-8000-000000000002");
    public static readonly Guid Bob = Guid.Parse("0000b000-0000-4000-8000-000000000003");
    public static readonly Guid Observer = Guid.Parse("00000b50-0000-4000-8000-000000000004");
    /// <summary>Never joins the board.</summary>
    public static readonly Guid Stranger = Guid.Parse("00005700-0000-4000-8000-000000000005");
    public static readonly DateTimeOffset Start = new(2025, 3, 7, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly List<EventEnvelope> events = [];

    private TestBoard() => State = BoardState.Empty(BoardId);

    public BoardState State { get; private set; }

    public IReadOnlyList<EventEnvelope> Events => events;

    /// <summary>A board nobody has created yet.</summary>
    public static TestBoard Empty() => new();

    /// <summary>A created board nobody has joined yet.</summary>
    public static TestBoard Created(string title = "周会回顾")
    {
        var board = new TestBoard();
        board.Accept(new CreateBoard(title, BoardLanguage.ZhCn), Guid.Empty);
        return board;
    }

    /// <summary>A created board with a facilitator, two participants (Alice, Bob) and an observer.</summary>
    public static TestBoard WithParticipants()
    {
        var board = Created();
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Alice, "王芳", ParticipantRole.Participant);
        board.Join(Bob, "Bob", ParticipantRole.Participant, ParticipantLocation.Remote);
        board.Join(Observer, "旁听", ParticipantRole.Observer);
        return board;
    }

    /// <summary>The board's snapshot as it travels on the wire: a value to compare states by.</summary>
    public static string SnapshotJson(BoardState state) => JsonSerializer.Serialize(BoardSnapshot.Of(state), WireJson.Options);

    public Decision Decide(BoardCommand command, Guid actor) =>
        Board.Decide(State, command, new CommandContext(actor, NextTime));

    /// <summary>Decides the command and, if it is accepted, appends and applies its event.</summary>
    public Decision Submit(BoardCommand command, Guid actor)
    {
        var decision = Decide(command, actor);
        if (decision.Event is { } e)
        {
            var envelope = new EventEnvelope(State.Seq + 1, Guid.NewGuid(), actor, NextTime, e);
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

    /// <summary>Adds a note by <paramref name="author"/> and returns its id.</summary>
    public Guid AddNote(Guid author, string text = "会议太多", NoteColor color = NoteColor.Yellow, double x = 120, double y = 80)
    {
        var id = Guid.NewGuid();
        Accept(new AddNote(id, text, color, x, y), author);
        return id;
    }

    public Note Note(Guid id) => State.Notes[id];

    private DateTimeOffset NextTime => Start.AddSeconds(State.Seq + 1);
}
