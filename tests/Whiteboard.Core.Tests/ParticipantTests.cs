namespace Whiteboard.Core.Tests;

public class ParticipantTests
{
    private static JoinBoard Joining(string name, Guid? id = null, ParticipantRole role = ParticipantRole.Participant) =>
        new(id ?? Guid.NewGuid(), name, role, ParticipantLocation.Remote);

    [Fact]
    public void Joining_adds_a_participant_with_the_cleaned_name()
    {
        // Rule P1
        var board = Created();
        var id = Guid.NewGuid();

        var joined = board.Accept(Joining("  王芳 ", id), id);

        Assert.Equal(new ParticipantJoined(id, "王芳", ParticipantRole.Participant, ParticipantLocation.Remote), joined);
        var participant = board.State.Participants[id];
        Assert.Equal("王芳", participant.Name);
        Assert.Equal(ParticipantRole.Participant, participant.Role);
        Assert.Equal(ParticipantLocation.Remote, participant.Location);
        Assert.Equal(board.Events[^1].At, participant.JoinedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000")]
    [InlineData("\n")]
    public void Blank_name_is_rejected(string name)
    {
        // Rule P1
        Assert.Equal(RejectionCode.NameEmpty, Created().Reject(Joining(name), Alice));
    }

    [Fact]
    public void Name_of_32_Chinese_characters_is_accepted_and_33_is_rejected()
    {
        // Rule P1, B5
        var name32 = new string('名', 32);

        Created().Accept(Joining(name32), Alice);
        Assert.Equal(RejectionCode.NameTooLong, Created().Reject(Joining(name32 + "名"), Alice));
    }

    [Fact]
    public void Name_of_32_emoji_is_accepted()
    {
        // Rule P1, B5: an emoji is one character although it is two UTF-16 units
        var name = string.Concat(Enumerable.Repeat("🐼", 32));

        Assert.Equal(name, Assert.IsType<ParticipantJoined>(Created().Accept(Joining(name), Alice)).Name);
    }

    [Theory]
    [InlineData("王\n芳", "王 芳")]
    [InlineData("Wang\r\nFang", "Wang Fang")]
    [InlineData("Wang\tFang", "Wang Fang")]
    public void Name_is_one_line(string typed, string stored)
    {
        // Rule P1
        Assert.Equal(stored, Assert.IsType<ParticipantJoined>(Created().Accept(Joining(typed), Alice)).Name);
    }

    [Theory]
    [InlineData("王\u2028芳")] // LINE SEPARATOR
    [InlineData("王\u2029芳")] // PARAGRAPH SEPARATOR
    public void Name_with_a_Unicode_line_separator_is_not_stored_on_two_lines(string typed)
    {
        // Rule P1, B5: names are one line, whatever the line break is; folding to a space or refusing both keep that.
        var decision = Created().Decide(Joining(typed), Alice);

        if (decision.Event is ParticipantJoined joined)
            Assert.DoesNotContain(joined.Name, c => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085');
        else
            Assert.Equal(RejectionCode.TextHasControlCharacters, decision.Rejection?.Code);
    }

    [Fact]
    public void Name_with_control_characters_is_rejected()
    {
        // Rule P1, B5
        Assert.Equal(RejectionCode.TextHasControlCharacters, Created().Reject(Joining("王\u0000芳"), Alice));
    }

    [Fact]
    public void Joining_twice_is_rejected()
    {
        // Rule P2
        var board = WithParticipants();

        Assert.Equal(RejectionCode.AlreadyJoined, board.Reject(Joining("王芳 again", Alice), Alice));
        Assert.Equal(RejectionCode.AlreadyJoined,
            board.Reject(Joining("Promote me", Alice, ParticipantRole.Facilitator), Alice));
        Assert.Equal(ParticipantRole.Participant, board.State.RoleOf(Alice));
    }

    [Fact]
    public void Joining_with_an_empty_id_is_malformed()
    {
        // Rule P2
        Assert.Equal(RejectionCode.MalformedMessage, Created().Reject(Joining("王芳", Guid.Empty), Guid.Empty));
    }

    [Fact]
    public void Board_holds_at_most_500_participants()
    {
        // Rule P2
        var board = Created();
        for (var i = 1; i < BoardLimits.MaxParticipantsPerBoard; i++)
            board.Join(Guid.NewGuid(), $"学生{i}");
        var last = Guid.NewGuid();
        board.Join(last, "第五百个");

        Assert.Equal(500, board.State.Participants.Count);
        Assert.Equal(RejectionCode.BoardFull, board.Reject(Joining("第五百零一个"), Guid.Empty));
        Assert.Equal(RejectionCode.AlreadyJoined, board.Reject(Joining("第五百个", last), last));
    }

    [Fact]
    public void Facilitators_and_observers_join_a_board_full_of_trainees()
    {
        // Rule P2: the audit filled a board with 498 participants from one connection, then the facilitator on a new device
        // and the observer were refused
        var board = Created();
        for (var i = 0; i < BoardLimits.MaxParticipantsPerBoard; i++)
            board.Join(Guid.NewGuid(), $"学生{i}");
        Assert.Equal(RejectionCode.BoardFull, board.Reject(Joining("第五百零一个"), Guid.Empty));

        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Observer, "旁听", ParticipantRole.Observer);
        Assert.Equal(ParticipantRole.Facilitator, board.State.RoleOf(Facilitator));
        Assert.Equal(ParticipantRole.Observer, board.State.RoleOf(Observer));
    }

    [Fact]
    public void Facilitator_removes_a_participant_whose_notes_stay()
    {
        // Rule P6
        var board = WithParticipants();
        var note = board.AddNote(Alice, "留在这里");

        Assert.Equal(new ParticipantRemoved(Alice), board.Accept(new RemoveParticipant(Alice), Facilitator));

        var alice = board.State.Participants[Alice];
        Assert.False(alice.Active);
        Assert.True(alice.Removed);
        Assert.Null(board.State.RoleOf(Alice));
        Assert.Equal(Alice, board.Note(note).AuthorId);
        Assert.Equal(RejectionCode.NotJoined, board.Reject(NewNoteBy(), Alice));
        board.Accept(new DeleteNote(note), Facilitator);
    }

    [Fact]
    public void Facilitator_removes_an_observer()
    {
        // Rule P6
        var board = WithParticipants();

        board.Accept(new RemoveParticipant(Observer), Facilitator);

        Assert.True(board.State.Participants[Observer].Removed);
    }

    [Fact]
    public void Only_a_facilitator_removes_and_never_a_facilitator()
    {
        // Rule P6
        var board = WithParticipants();
        board.Join(Carol, "另一位老师", ParticipantRole.Facilitator);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RemoveParticipant(Bob), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RemoveParticipant(Bob), Observer));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RemoveParticipant(Carol), Facilitator));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RemoveParticipant(Facilitator), Facilitator));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new RemoveParticipant(Stranger), Facilitator));
        board.Accept(new RemoveParticipant(Bob), Facilitator);
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new RemoveParticipant(Bob), Facilitator));
    }

    private static AddNote NewNoteBy() => new(Guid.NewGuid(), Brainstorm, "还想写", NoteColor.Yellow, 0, 0);

    [Fact]
    public void Someone_who_has_not_joined_cannot_change_the_board()
    {
        // Rule P3
        var board = WithParticipants();
        var note = board.AddNote(Alice);
        BoardCommand[] commands =
        [
            new AddNote(Guid.NewGuid(), Brainstorm, "我也想写", NoteColor.Yellow, 0, 0),
            new EditNote(note, "改一下"),
            new RecolorNote(note, NoteColor.Pink),
            new MoveNote(note, 1, 1),
            new DeleteNote(note),
            new MarkDone(Brainstorm, true),
            new CastVote(note),
            new AdvanceStage(),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.NotJoined, board.Reject(command, Stranger));
    }

    [Fact]
    public void Observer_changes_nothing()
    {
        // Rule P3
        var board = WithParticipants();
        var note = board.AddNote(Alice);
        BoardCommand[] commands =
        [
            new AddNote(Guid.NewGuid(), Brainstorm, "我也想写", NoteColor.Yellow, 0, 0),
            new EditNote(note, "改一下"),
            new RecolorNote(note, NoteColor.Pink),
            new MoveNote(note, 1, 1),
            new DeleteNote(note),
            new EditNote(Guid.NewGuid(), "no such note"),
            new MarkDone(Brainstorm, true),
            new CastVote(note),
            new AdvanceStage(),
            new LockStage(Brainstorm),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(command, Observer));
    }

    [Fact]
    public void Create_and_join_are_server_issued_and_note_commands_are_not()
    {
        // Rule P4: the server checks the facilitator secret and issues these itself; Decide checks no secret.
        var note = Guid.NewGuid();

        Assert.True(Creating("周会").IsServerIssued);
        Assert.True(new JoinBoard(Alice, "王芳", ParticipantRole.Facilitator, ParticipantLocation.InRoom).IsServerIssued);
        Assert.True(new LeaveBoard(Alice).IsServerIssued);
        Assert.False(new AddNote(note, Brainstorm, "x", NoteColor.Yellow, 0, 0).IsServerIssued);
        Assert.False(new EditNote(note, "x").IsServerIssued);
        Assert.False(new RecolorNote(note, NoteColor.Pink).IsServerIssued);
        Assert.False(new MoveNote(note, 0, 0).IsServerIssued);
        Assert.False(new DeleteNote(note).IsServerIssued);
    }

    [Fact]
    public void Decide_grants_the_role_the_server_issued_without_checking_a_secret()
    {
        // Rule P4
        var board = Created();

        board.Join(Alice, "王老师", ParticipantRole.Facilitator);

        Assert.Equal(ParticipantRole.Facilitator, board.State.RoleOf(Alice));
    }

    [Fact]
    public void Moving_a_participant_away_keeps_their_notes_and_stops_them_acting()
    {
        // Rule W3
        var board = WithParticipants();
        var note = board.AddNote(Alice, "留在这里");

        Assert.Equal(new ParticipantLeft(Alice), board.Accept(new LeaveBoard(Alice), Facilitator));

        Assert.False(board.State.Participants[Alice].Active);
        Assert.Null(board.State.RoleOf(Alice));
        Assert.Equal(Alice, board.Note(note).AuthorId);
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new EditNote(note, "改"), Alice));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new LeaveBoard(Alice), Facilitator));
    }

    [Fact]
    public void Participant_moved_back_joins_again()
    {
        // Rule W3, P2: only an active member is already joined
        var board = WithParticipants();
        board.Accept(new LeaveBoard(Alice), Facilitator);

        board.Join(Alice, "王芳");

        Assert.True(board.State.Participants[Alice].Active);
        Assert.Equal(ParticipantRole.Participant, board.State.RoleOf(Alice));
    }

    [Fact]
    public void Observer_joins_with_the_observer_role_and_may_not_mark_done_or_vote()
    {
        // Rule P3, W4
        var board = WithParticipants();
        var note = board.AddNote(Alice);

        Assert.Equal(ParticipantRole.Observer, board.State.RoleOf(Observer));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new MarkDone(Brainstorm, true), Observer));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new RetractVote(note), Observer));
    }
}
