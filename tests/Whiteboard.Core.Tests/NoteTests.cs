namespace Whiteboard.Core.Tests;

public class NoteTests
{
    private static AddNote NewNote(string text = "会议太多", double x = 120, double y = 80, NoteColor color = NoteColor.Yellow) =>
        new(Guid.NewGuid(), Brainstorm, text, color, x, y);

    [Fact]
    public void Participant_adds_a_note_authored_by_them()
    {
        // Rule N1, N2, N3, N8
        var board = WithParticipants();
        var add = NewNote(color: NoteColor.Pink);

        var added = board.Accept(add, Alice);

        Assert.Equal(new NoteAdded(add.NoteId, Brainstorm, "会议太多", NoteColor.Pink, 120, 80, Hidden: false, NoteAnonymity.Named), added);
        var note = board.Note(add.NoteId);
        Assert.Equal(Alice, note.AuthorId);
        Assert.Equal((Brainstorm, (Guid?)null, false, NoteAnonymity.Named), (note.StageId, note.ClusterId, note.Hidden, note.Anonymity));
        Assert.Equal(board.Events[^1].At, note.CreatedAt);
        Assert.Equal(note.CreatedAt, note.UpdatedAt);
    }

    [Fact]
    public void Note_is_added_to_the_stage_it_names_when_that_stage_is_open()
    {
        // Rule N1, ST5
        var board = ActionLearningAt(StageIds.Plan);

        var id = board.AddNote(Alice, "先做试点", stageId: StageIds.Plan);

        Assert.Equal(StageIds.Plan, board.Note(id).StageId);
        Assert.Equal([id], board.State.NotesOf(StageIds.Plan).Select(n => n.Id));
    }

    [Theory]
    [InlineData(StageIds.Problem)] // done
    [InlineData(StageIds.Action)] // not open yet
    [InlineData(StageIds.Summary)]
    public void Note_for_a_stage_that_is_not_open_is_rejected_with_StageNotOpen(string stageId)
    {
        // Rule N1, ST5: a note meant for a stage that has closed meanwhile is refused, not put elsewhere
        var board = ActionLearningAt(StageIds.Plan);

        foreach (var actor in new[] { Alice, Facilitator })
            Assert.Equal(RejectionCode.StageNotOpen, board.Reject(NewNote() with { StageId = stageId }, actor));
    }

    [Fact]
    public void Note_for_an_unknown_stage_is_rejected_with_StageNotFound()
    {
        // Rule N1
        var board = ActionLearningAt(StageIds.Problem);

        Assert.Equal(RejectionCode.StageNotFound, board.Reject(NewNote() with { StageId = "no-such-stage" }, Alice));
        Assert.Equal(RejectionCode.StageNotFound, board.Reject(NewNote() with { StageId = "" }, Alice));
    }

    [Fact]
    public void No_note_is_added_before_the_first_stage_opens_or_after_the_last_closes()
    {
        // Rule N1, ST2
        var board = ActionLearning();
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(NewNote() with { StageId = StageIds.Problem }, Alice));

        board.OpenStage(StageIds.Summary);
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Null(board.State.CurrentStage);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(NewNote() with { StageId = StageIds.Summary }, Facilitator));
    }

    [Fact]
    public void Notes_of_a_done_stage_are_kept_but_frozen()
    {
        // Rule ST5, N5, N6
        var board = ActionLearningAt(StageIds.Action);
        var id = board.AddNote(Alice, stageId: StageIds.Action);
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal("会议太多", board.Note(id).Text);
        foreach (var actor in new[] { Alice, Facilitator })
        {
            Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new EditNote(id, "改"), actor));
            Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new RecolorNote(id, NoteColor.Blue), actor));
            Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new MoveNote(id, 1, 1), actor));
            Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new DeleteNote(id), actor));
        }
    }

    [Fact]
    public void Note_with_an_empty_id_is_malformed()
    {
        // Rule N1
        Assert.Equal(RejectionCode.MalformedMessage, WithParticipants().Reject(NewNote() with { NoteId = Guid.Empty }, Alice));
    }

    [Fact]
    public void Note_id_already_on_the_board_is_rejected()
    {
        // Rule N1
        var board = WithParticipants();
        var id = board.AddNote(Alice, "原来的");

        Assert.Equal(RejectionCode.NoteAlreadyExists, board.Reject(NewNote("别的") with { NoteId = id }, Alice));
        Assert.Equal(RejectionCode.NoteAlreadyExists, board.Reject(NewNote("别的") with { NoteId = id }, Bob));
        Assert.Equal("原来的", board.Note(id).Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t ")]
    [InlineData("\u3000\u3000")]
    public void Blank_note_text_is_rejected(string text)
    {
        // Rule N2
        Assert.Equal(RejectionCode.NoteTextEmpty, WithParticipants().Reject(NewNote(text), Alice));
    }

    [Fact]
    public void Note_text_over_500_characters_is_rejected()
    {
        // Rule N2
        Assert.Equal(RejectionCode.NoteTextTooLong, WithParticipants().Reject(NewNote(new string('x', 501)), Alice));
    }

    [Fact]
    public void Note_keeps_its_newlines()
    {
        // Rule N2
        var board = WithParticipants();

        var id = board.AddNote(Alice, "问题：\r\n1. 会议太多\r\n2. 文档太少");

        Assert.Equal("问题：\n1. 会议太多\n2. 文档太少", board.Note(id).Text);
    }

    [Theory]
    [InlineData(12.4, 12)]
    [InlineData(12.5, 13)]
    [InlineData(-12.5, -13)]
    [InlineData(-0.4, 0)]
    [InlineData(99_999.5, 100_000)]
    [InlineData(-100_000, -100_000)]
    public void Note_position_is_rounded_to_whole_pixels(double given, double stored)
    {
        // Rule N3
        var board = WithParticipants();
        var id = board.AddNote(Alice, x: given, y: -given);
        Assert.Equal((stored, -stored), (board.Note(id).X, board.Note(id).Y));

        board.Accept(new MoveNote(id, -given, given), Bob);
        Assert.Equal((-stored, stored), (board.Note(id).X, board.Note(id).Y));
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(0, double.NaN)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(0, double.NegativeInfinity)]
    [InlineData(100_000.5, 0)]
    [InlineData(0, -100_001)]
    [InlineData(double.MaxValue, 0)]
    [InlineData(0, double.MinValue)]
    public void Note_position_that_is_not_finite_or_out_of_range_is_rejected(double x, double y)
    {
        // Rule N3
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        Assert.Equal(RejectionCode.PositionOutOfRange, board.Reject(NewNote(x: x, y: y), Alice));
        Assert.Equal(RejectionCode.PositionOutOfRange, board.Reject(new MoveNote(id, x, y), Alice));
    }

    [Fact]
    public void Board_holds_at_most_2000_notes()
    {
        // Rule N4
        var board = WithParticipants();
        // Twenty writers, each within their own quota (N9).
        var writers = Enumerable.Range(0, BoardLimits.MaxNotesPerBoard / BoardLimits.MaxNotesPerParticipantPerStage)
            .Select(i => Guid.NewGuid()).ToList();
        foreach (var (writer, i) in writers.Select((w, i) => (w, i))) board.Join(writer, $"学生{i}");
        for (var i = 0; i < BoardLimits.MaxNotesPerBoard; i++)
            board.AddNote(writers[i % writers.Count], $"便签 {i}", x: i % 100, y: i / 100);

        Assert.Equal(2000, board.State.Notes.Count);
        Assert.Equal(RejectionCode.TooManyNotes, board.Reject(NewNote(), Facilitator));

        board.Accept(new DeleteNote(board.State.Notes.Keys.First()), Facilitator);
        board.AddNote(Alice, "又有位置了");
        Assert.Equal(2000, board.State.Notes.Count);
    }

    [Fact]
    public void One_person_writes_at_most_100_notes_in_a_stage_and_others_carry_on()
    {
        // Rule N9: one trainee cannot use up the shared board (the audit added 2,000 notes from one participant)
        var board = WithParticipants();
        for (var i = 0; i < BoardLimits.MaxNotesPerParticipantPerStage; i++)
            board.AddNote(Alice, $"便签 {i}", x: i % 50, y: i / 50);

        Assert.Equal(RejectionCode.NoteQuotaReached, board.Reject(NewNote(), Alice));
        board.AddNote(Bob, "我还能写");
        board.AddNote(Facilitator, "主持人不受限");

        board.Accept(new DeleteNote(board.State.Notes.Values.First(n => n.AuthorId == Alice).Id), Alice);
        board.AddNote(Alice, "删了一张，又能写了");
    }

    [Fact]
    public void The_note_quota_is_per_stage()
    {
        // Rule N9
        var board = ActionLearningAt(StageIds.Problem);
        for (var i = 0; i < BoardLimits.MaxNotesPerParticipantPerStage; i++)
            board.AddNote(Alice, $"问题 {i}", x: i, stageId: StageIds.Problem);
        Assert.Equal(RejectionCode.NoteQuotaReached,
            board.Reject(new AddNote(Guid.NewGuid(), StageIds.Problem, "再一张", NoteColor.Yellow, 0, 0), Alice));

        board.Accept(new AdvanceStage(), Facilitator);

        board.AddNote(Alice, "计划阶段的第一张", stageId: StageIds.Plan);
    }

    [Fact]
    public void Author_edits_recolours_and_deletes_their_own_note()
    {
        // Rule N5
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        board.Accept(new EditNote(id, " 会议太多，太长 "), Alice);
        board.Accept(new RecolorNote(id, NoteColor.Green), Alice);
        var edited = board.Note(id);
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(("会议太多，太长", NoteColor.Green), (edited.Text, edited.Color));
        Assert.Equal(board.Events[^2].At, edited.UpdatedAt);
        Assert.Empty(board.State.Notes);
    }

    [Fact]
    public void Other_participant_cannot_edit_recolour_or_delete_a_note()
    {
        // Rule N5
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        var before = board.Note(id);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new EditNote(id, "Bob was here"), Bob));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new RecolorNote(id, NoteColor.Purple), Bob));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new DeleteNote(id), Bob));
        Assert.Equal(before, board.Note(id));
    }

    [Fact]
    public void Participant_cannot_change_the_facilitators_note()
    {
        // Rule N5
        var board = WithParticipants();
        var id = board.AddNote(Facilitator, "讨论规则");

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new EditNote(id, "改了"), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new DeleteNote(id), Alice));
    }

    [Fact]
    public void Facilitator_edits_recolours_and_deletes_anyones_note()
    {
        // Rule N5
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        board.Accept(new EditNote(id, "会议太多（已合并）"), Facilitator);
        board.Accept(new RecolorNote(id, NoteColor.Orange), Facilitator);
        Assert.Equal(Alice, board.Note(id).AuthorId);
        Assert.Equal(("会议太多（已合并）", NoteColor.Orange), (board.Note(id).Text, board.Note(id).Color));

        board.Accept(new DeleteNote(id), Facilitator);
        Assert.False(board.State.Notes.ContainsKey(id));
    }

    [Fact]
    public void Edited_text_is_checked_like_new_text()
    {
        // Rule N2, N5, B5
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        Assert.Equal(RejectionCode.NoteTextEmpty, board.Reject(new EditNote(id, "  "), Alice));
        Assert.Equal(RejectionCode.NoteTextTooLong, board.Reject(new EditNote(id, new string('字', 501)), Alice));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new EditNote(id, "a\u0000"), Alice));
        Assert.Equal("会议太多", board.Note(id).Text);
    }

    [Fact]
    public void Anyone_who_joined_may_move_any_note()
    {
        // Rule N6
        var board = WithParticipants();
        var id = board.AddNote(Facilitator);

        board.Accept(new MoveNote(id, 10, 10), Alice);
        board.Accept(new MoveNote(id, 20, 20), Bob);
        board.Accept(new MoveNote(id, 30, 30), Facilitator);

        var note = board.Note(id);
        Assert.Equal((30d, 30d, Facilitator), (note.X, note.Y, note.AuthorId));
        Assert.Equal(board.Events[^1].At, note.UpdatedAt);
    }

    [Fact]
    public void Observer_cannot_add_notes()
    {
        // Rule N6, P3
        Assert.Equal(RejectionCode.ObserverReadOnly, WithParticipants().Reject(NewNote(), Observer));
    }

    [Fact]
    public void Observer_cannot_move_notes()
    {
        // Rule N6, P3
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new MoveNote(id, 0, 0), Observer));
    }

    [Fact]
    public void Command_on_an_unknown_note_is_rejected_with_NoteNotFound()
    {
        // Rule N7
        var board = WithParticipants();
        var unknown = Guid.NewGuid();

        foreach (var actor in new[] { Alice, Facilitator })
        {
            Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new EditNote(unknown, "x"), actor));
            Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new RecolorNote(unknown, NoteColor.Pink), actor));
            Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new MoveNote(unknown, 0, 0), actor));
            Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new DeleteNote(unknown), actor));
        }
    }

    [Fact]
    public void Command_on_a_deleted_note_is_rejected_with_NoteNotFound()
    {
        // Rule N7
        var board = WithParticipants();
        var id = board.AddNote(Alice);
        board.Accept(new DeleteNote(id), Alice);

        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new MoveNote(id, 0, 0), Bob));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new DeleteNote(id), Alice));
    }

    [Theory]
    [InlineData(NoteColor.Yellow)]
    [InlineData(NoteColor.Pink)]
    [InlineData(NoteColor.Blue)]
    [InlineData(NoteColor.Green)]
    [InlineData(NoteColor.Orange)]
    [InlineData(NoteColor.Purple)]
    public void Every_palette_colour_is_accepted(NoteColor color)
    {
        // Rule N8
        var board = WithParticipants();
        var id = board.AddNote(Alice, color: color);
        Assert.Equal(color, board.Note(id).Color);

        board.Accept(new RecolorNote(id, color), Alice);
    }

    [Fact]
    public void Palette_has_exactly_six_colours()
    {
        // Rule N8
        Assert.Equal(["Yellow", "Pink", "Blue", "Green", "Orange", "Purple"], Enum.GetNames<NoteColor>());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    [InlineData(42)]
    public void Colour_outside_the_palette_is_malformed(int color)
    {
        // Rule N8
        var board = WithParticipants();
        var id = board.AddNote(Alice);

        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(NewNote(color: (NoteColor)color), Alice));
        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(new RecolorNote(id, (NoteColor)color), Alice));
        Assert.Equal(NoteColor.Yellow, board.Note(id).Color);
    }
}
