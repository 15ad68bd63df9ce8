using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsCheck;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Random sessions of valid and invalid note commands by a few people (facilitator, two participants, an observer, a stranger
/// and a latecomer who may join midway) on an open brainstorm board, decided and applied as the server does. The stages,
/// privacy, clusters and votes of an action-learning board are exercised by <see cref="SessionPropertyTests"/>.
/// </summary>
public class PropertyTests
{
    private const int Sessions = 200;
    private static readonly Guid Latecomer = Guid.Parse("00001a7e-0000-4000-8000-000000000006");
    private static readonly Guid[] Actors = [Facilitator, Alice, Bob, Observer, Stranger, Latecomer];
    private static readonly Guid[] NoteIds = [.. Enumerable.Range(1, 6).Select(i => new Guid(i, 0, 0, new byte[8]))];

    private static readonly Gen<Guid> NoteId = Gen.Frequency(
        (12, (IGen<Guid>)Gen.OneOf(NoteIds)), (1, Gen.Const(Guid.Empty)), (1, Gen.Guid));

    private static readonly Gen<char> AnyChar = Gen.Frequency(
        (6, (IGen<char>)Gen.Char['\u4E00', '\u9FA5']), // Chinese
        (4, Gen.Char['a', 'z']),
        (2, Gen.Char[" \n\r\t\u3000"]),
        (1, Gen.Char["\u0000\u0007\u001B\u007F\u0085\u000B\u2028"]), // controls and a line separator
        (1, Gen.Char["\uD83D\uDE00\u200D\u0301\u0323\uFE0F"])); // surrogate halves (paired or lone), joiner, marks

    private static readonly Gen<string> Text = Gen.Frequency(
        (8, (IGen<string>)AnyChar.Array[0, 24].Select(chars => new string(chars))),
        (2, Gen.Char['\u4E00', '\u9FA5'].Array[490, 510].Select(chars => new string(chars))), // around the limit
        (1, Gen.Int[495, 505].Select(n => string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", n)))),
        (1, Gen.OneOf("", "   ", "\r\n", "会议太多", "第一行\r\n第二行", "cafe\u0301", "a\uD800b", new string('x', 4001))));

    private static readonly Gen<double> Coordinate = Gen.Frequency(
        (8, (IGen<double>)Gen.Double[-100_000, 100_000]),
        (2, Gen.Double[-100_001, 100_001]),
        (1, Gen.OneOf(double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, -0.0, 99_999.5, -100_000.5)),
        (1, Gen.Double));

    private static readonly Gen<string> StageId = Gen.Frequency(
        (12, (IGen<string>)Gen.Const(Brainstorm)), (1, Gen.OneOf("", "problem", "Brainstorm")));

    private static readonly Gen<NoteColor> Color = Gen.Frequency(
        (12, (IGen<NoteColor>)Gen.Enum<NoteColor>()), (1, Gen.Const((NoteColor)42)));

    private static readonly Gen<BoardCommand> Command = Gen.Frequency(
        (6, (IGen<BoardCommand>)Gen.Select(NoteId, StageId, Text, Color, Coordinate, Coordinate,
            (id, stage, text, color, x, y) => (BoardCommand)new AddNote(id, stage, text, color, x, y))),
        (3, Gen.Select(NoteId, Text, (id, text) => (BoardCommand)new EditNote(id, text))),
        (2, Gen.Select(NoteId, Color, (id, color) => (BoardCommand)new RecolorNote(id, color))),
        (4, Gen.Select(NoteId, Coordinate, Coordinate, (id, x, y) => (BoardCommand)new MoveNote(id, x, y))),
        (2, NoteId.Select(id => (BoardCommand)new DeleteNote(id))),
        (1, NoteId.Select(id => (BoardCommand)new RestoreNote(id))),
        (1, Gen.Select(Gen.OneOf(Actors), Text, Gen.Enum<ParticipantRole>(),
            (id, name, role) => (BoardCommand)new JoinBoard(id, name, role, ParticipantLocation.Remote))),
        (1, Text.Select(title => (BoardCommand)Creating(title, BoardLanguage.En))));

    /// <summary>A session: who sends what, in order. A JoinBoard is sent by the joiner.</summary>
    private static readonly Gen<(Guid Actor, BoardCommand Command)[]> Session =
        Gen.Select(Gen.OneOf(Actors), Command, (actor, command) => command is JoinBoard j ? (j.ParticipantId, command) : (actor, command))
            .Array[0, 60];

    private sealed record Step(BoardState Before, Guid Actor, BoardCommand Command, Decision Decision, BoardState After);

    private static (TestBoard Board, List<Step> Steps) Run((Guid Actor, BoardCommand Command)[] session)
    {
        var board = WithParticipants();
        var steps = new List<Step>(session.Length);
        foreach (var (actor, command) in session)
        {
            var before = board.State;
            var decision = board.Submit(command, actor);
            steps.Add(new Step(before, actor, command, decision, board.State));
        }
        return (board, steps);
    }

    [Fact]
    public void Replaying_the_events_gives_the_live_state()
    {
        // Rule B4
        Session.Sample(session =>
        {
            var (board, _) = Run(session);

            Assert.Equal(SnapshotJson(board.State), SnapshotJson(Board.Replay(BoardId, board.Events)));
        }, iter: Sessions);
    }

    [Fact]
    public void Replaying_the_events_as_stored_JSON_gives_the_live_state()
    {
        // Rule B4: the store and the clients read the events back from JSON
        Session.Sample(session =>
        {
            var (board, _) = Run(session);
            var stored = JsonSerializer.Serialize(board.Events, WireJson.Options);

            var read = JsonSerializer.Deserialize<List<EventEnvelope>>(stored, WireJson.Options)!;

            Assert.Equal(stored, JsonSerializer.Serialize(read, WireJson.Options));
            Assert.Equal(SnapshotJson(board.State), SnapshotJson(Board.Replay(BoardId, read)));
        }, iter: Sessions);
    }

    [Fact]
    public void Sequence_numbers_are_consecutive_from_1()
    {
        // Rule B1, B2
        Session.Sample(session =>
        {
            var (board, steps) = Run(session);

            Assert.Equal(Enumerable.Range(1, board.Events.Count).Select(i => (long)i), board.Events.Select(e => e.Seq));
            Assert.Equal(board.Events.Count, board.State.Seq);
            Assert.Equal(5 + steps.Count(s => s.Decision.IsAccepted), board.Events.Count);
            Assert.IsType<BoardCreated>(board.Events[0].Event);
        }, iter: Sessions);
    }

    [Fact]
    public void Decision_is_one_event_or_one_rejection_and_a_rejection_changes_nothing()
    {
        // Rule B2
        Session.Sample(session =>
        {
            foreach (var step in Run(session).Steps)
            {
                Assert.True(step.Decision.Event is null != step.Decision.Rejection is null, $"{step.Decision}");
                var again = Board.Decide(step.Before, step.Command, new CommandContext(step.Actor, Start));
                Assert.Equal(step.Decision, again); // pure: the same state and command give the same decision
                if (!step.Decision.IsAccepted)
                    Assert.Same(step.Before, step.After);
                else
                    Assert.Equal(step.Before.Seq + 1, step.After.Seq);
            }
        }, iter: Sessions);
    }

    [Fact]
    public void Every_note_on_the_board_obeys_the_rules()
    {
        // Rule N2, N3, B5, P3, and P1 for names
        Session.Sample(session =>
        {
            var state = Run(session).Board.State;

            Assert.InRange(state.Notes.Count, 0, BoardLimits.MaxNotesPerBoard);
            foreach (var note in state.Notes.Values)
            {
                AssertCleanText(note.Text, BoardLimits.MaxNoteTextLength);
                Assert.InRange(note.X, -BoardLimits.MaxCoordinate, BoardLimits.MaxCoordinate);
                Assert.InRange(note.Y, -BoardLimits.MaxCoordinate, BoardLimits.MaxCoordinate);
                Assert.Equal(Math.Round(note.X), note.X);
                Assert.Equal(Math.Round(note.Y), note.Y);
                Assert.True(Enum.IsDefined(note.Color), $"{note.Color}");
                Assert.NotEqual(ParticipantRole.Observer, state.RoleOf(note.AuthorId));
                Assert.NotNull(state.RoleOf(note.AuthorId));
            }
            foreach (var participant in state.Participants.Values)
            {
                AssertCleanText(participant.Name, BoardLimits.MaxDisplayNameLength);
                Assert.DoesNotContain('\n', participant.Name);
                Assert.DoesNotContain('\t', participant.Name);
            }
            AssertCleanText(state.Title, BoardLimits.MaxTitleLength);
        }, iter: Sessions);
    }

    [Fact]
    public void Snapshot_round_trips_and_later_events_apply_to_it()
    {
        // Rule B4: a joining client starts from a snapshot and applies the events after it
        Gen.Select(Session, Gen.Int[0, 100]).Sample((session, cut) =>
        {
            var (board, _) = Run(session);
            var at = Math.Min(cut, board.Events.Count);
            var earlier = Board.Replay(BoardId, board.Events.Take(at));

            var snapshot = JsonSerializer.Deserialize<BoardSnapshot>(SnapshotJson(earlier), WireJson.Options)!;
            var resumed = board.Events.Skip(at).Aggregate(snapshot.ToState(), Board.Apply);

            Assert.Equal(SnapshotJson(board.State), SnapshotJson(BoardSnapshot.Of(board.State).ToState()));
            Assert.Equal(SnapshotJson(earlier), SnapshotJson(snapshot.ToState()));
            Assert.Equal(SnapshotJson(board.State), SnapshotJson(resumed));
        }, iter: Sessions);
    }

    [Fact]
    public void Generated_sessions_reach_every_event_and_the_note_rejections()
    {
        // Guards the generators: a property over sessions that never add, edit or reject notes would prove little.
        var seen = new ConcurrentDictionary<string, int>();
        Session.Sample(session =>
        {
            foreach (var step in Run(session).Steps)
                seen.AddOrUpdate(step.Decision.Event?.GetType().Name ?? step.Decision.Rejection!.Code.ToString(), 1, (_, n) => n + 1);
        }, iter: Sessions);

        string[] expected =
        [
            nameof(ParticipantJoined), nameof(NoteAdded), nameof(NoteEdited), nameof(NoteRecolored), nameof(NoteMoved), nameof(NoteDeleted),
            .. new[]
            {
                RejectionCode.NotAllowed, RejectionCode.NotJoined, RejectionCode.AlreadyJoined, RejectionCode.NameEmpty,
                RejectionCode.NameTooLong, RejectionCode.NoteNotFound, RejectionCode.NoteAlreadyExists, RejectionCode.NoteTextEmpty,
                RejectionCode.NoteTextTooLong, RejectionCode.TextHasControlCharacters, RejectionCode.PositionOutOfRange,
                RejectionCode.MalformedMessage, RejectionCode.ObserverReadOnly, RejectionCode.StageNotFound,
            }.Select(code => code.ToString()),
        ];
        Assert.All(expected, name => Assert.True(seen.ContainsKey(name), $"{name} never happened: {string.Join(", ", seen)}"));
    }

    private static void AssertCleanText(string text, int maxLength)
    {
        Assert.InRange(new StringInfo(text).LengthInTextElements, 1, maxLength);
        Assert.Equal(text.Trim(), text);
        Assert.True(text.IsNormalized(NormalizationForm.FormC));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\n' and not '\t');
        Assert.DoesNotContain('\r', text);
    }
}
