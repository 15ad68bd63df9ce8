using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using static Whiteboard.Core.Tests.TestBoard;

namespace Whiteboard.Core.Tests;

/// <summary>The wire format (docs/PROTOCOL.md): polymorphic records with a <c>type</c> field, read strictly.</summary>
public class JsonTests
{
    private const string NoteId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
    private static readonly Guid Note = Guid.Parse(NoteId);

    public static TheoryData<BoardCommand, string> Commands => new()
    {
        { new CreateBoard("周会回顾", BoardLanguage.ZhCn), "createBoard" },
        { new JoinBoard(Alice, "王芳", ParticipantRole.Facilitator, ParticipantLocation.Remote), "joinBoard" },
        { new AddNote(Note, "会议太多\n😀", NoteColor.Pink, -120, 80.5), "addNote" },
        { new EditNote(Note, "文档太少"), "editNote" },
        { new RecolorNote(Note, NoteColor.Purple), "recolorNote" },
        { new MoveNote(Note, 99_999, -100_000), "moveNote" },
        { new DeleteNote(Note), "deleteNote" },
    };

    public static TheoryData<BoardEvent, string> Events => new()
    {
        { new BoardCreated("Sprint retro", BoardLanguage.En), "boardCreated" },
        { new ParticipantJoined(Bob, "Bob", ParticipantRole.Observer, ParticipantLocation.InRoom), "participantJoined" },
        { new NoteAdded(Note, "会议太多", NoteColor.Yellow, 120, -80), "noteAdded" },
        { new NoteEdited(Note, "第一行\n第二行"), "noteEdited" },
        { new NoteRecolored(Note, NoteColor.Green), "noteRecolored" },
        { new NoteMoved(Note, 0, 42), "noteMoved" },
        { new NoteDeleted(Note), "noteDeleted" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Command_round_trips_with_its_type_discriminator_first(BoardCommand command, string type)
    {
        var json = JsonSerializer.Serialize(command, WireJson.Options);

        Assert.StartsWith($$"""{"type":"{{type}}",""", json, StringComparison.Ordinal);
        Assert.Equal(command, JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_round_trips_with_its_type_discriminator_first(BoardEvent boardEvent, string type)
    {
        var json = JsonSerializer.Serialize(boardEvent, WireJson.Options);

        Assert.StartsWith($$"""{"type":"{{type}}",""", json, StringComparison.Ordinal);
        Assert.Equal(boardEvent, JsonSerializer.Deserialize<BoardEvent>(json, WireJson.Options));
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
    public void Add_note_reads_as_the_protocol_document_writes_it()
    {
        const string json = $$"""{"type":"addNote","noteId":"{{NoteId}}","text":"会议太多","color":"Yellow","x":120,"y":80}""";

        Assert.Equal(new AddNote(Note, "会议太多", NoteColor.Yellow, 120, 80),
            JsonSerializer.Deserialize<BoardCommand>(json, WireJson.Options));
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
        // Rule N2 and BoardHubMethods.MaxMessageBytes: a note the core accepts must also be sendable.
        // Fails today: 500 rainbow flags (6 UTF-16 units each, 3000 in all, under the 4000-unit raw bound) are accepted,
        // and WireJson escapes every non-ASCII unit as \uXXXX, so the message is about 18 KB > 16 KB.
        var text = string.Concat(Enumerable.Repeat("🏳️‍🌈", 500));
        Assert.True(WithParticipants().Decide(new AddNote(Note, text, NoteColor.Yellow, 0, 0), Alice).IsAccepted);

        var message = SubmitMessage(text);

        Assert.True(message <= BoardHubMethods.MaxMessageBytes, $"{message} bytes");
    }

    /// <summary>The UTF-8 size of a hub invocation submitting an AddNote with this text.</summary>
    private static int SubmitMessage(string text)
    {
        var envelope = new CommandEnvelope(Guid.NewGuid(), BoardId, new AddNote(Guid.NewGuid(), text, NoteColor.Yellow, -99_999, -99_999));
        var invocation = $$"""{"type":1,"invocationId":"4294967295","target":"{{BoardHubMethods.Submit}}","arguments":[{{JsonSerializer.Serialize(envelope, WireJson.Options)}}]}""" + "\u001e";
        return Encoding.UTF8.GetByteCount(invocation);
    }

    private static T? RoundTrip<T>(T value) =>
        JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, WireJson.Options), WireJson.Options);

    private static HashSet<Type> DerivedTypes<T>() =>
        typeof(T).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToHashSet();
}
