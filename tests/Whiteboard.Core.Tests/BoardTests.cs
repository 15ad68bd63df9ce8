using Whiteboard.Core.Clusters;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

public class BoardTests
{
    [Fact]
    public void Creating_a_board_yields_BoardCreated_with_sequence_number_1()
    {
        // Rule B1
        var board = Empty();

        var created = Assert.IsType<BoardCreated>(
            board.Accept(new CreateBoard("  周会回顾  ", BoardLanguage.En, WorkshopId, 3, WorkshopTemplate.OpenBrainstorm), Guid.Empty));

        Assert.Equal(("周会回顾", BoardLanguage.En, WorkshopId, 3), (created.Title, created.Language, created.WorkshopId, created.GroupNumber));
        Assert.Equal(1, Assert.Single(board.Events).Seq);
        Assert.True(board.State.Exists);
        Assert.Equal("周会回顾", board.State.Title);
        Assert.Equal(BoardLanguage.En, board.State.Language);
        Assert.Equal((WorkshopId, 3), (board.State.WorkshopId, board.State.GroupNumber));
    }

    [Fact]
    public void Board_created_carries_its_templates_stages()
    {
        // Rule B1: the stages travel in the first event, so a board never depends on a template changing later
        var created = Assert.IsType<BoardCreated>(
            Empty().Accept(Creating("行动学习", template: WorkshopTemplate.ActionLearning), Guid.Empty));

        Assert.Equal(Templates.StagesOf(WorkshopTemplate.ActionLearning), created.Stages);
        Assert.False(created.FirstStageOpen);
    }

    [Fact]
    public void Board_is_built_from_the_stages_in_its_first_event_not_from_the_template()
    {
        // Rule B1
        var definition = new StageDefinition("only", StageKind.Summary, new LocalizedText("旧", "old"), new LocalizedText("旧提示", "old prompt"),
            StageSettings.Open with { VoteBudget = 7, MaxVotesPerNote = 7 });
        var created = new BoardCreated("旧白板", BoardLanguage.ZhCn, WorkshopId, 2, [definition], FirstStageOpen: true);

        var state = Board.Apply(BoardState.Empty(BoardId), new EventEnvelope(1, Guid.NewGuid(), Guid.Empty, Start, created));

        var stage = Assert.Single(state.Stages);
        Assert.Equal(("only", StageKind.Summary, 7, StageStatus.Open, Start), (stage.Id, stage.Kind, stage.Settings.VoteBudget, stage.Status, stage.OpenedAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(13)]
    public void Group_number_outside_1_to_12_is_rejected(int group)
    {
        // Rule B1
        Assert.Equal(RejectionCode.WorkshopGroupsOutOfRange, Empty().Reject(Creating("周会", group: group), Guid.Empty));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Group_numbers_1_and_12_are_accepted(int group)
    {
        // Rule B1
        var board = Empty();
        board.Accept(Creating("周会", group: group), Guid.Empty);

        Assert.Equal(group, board.State.GroupNumber);
    }

    [Fact]
    public void Board_without_a_workshop_or_with_an_unknown_template_or_language_is_malformed()
    {
        // Rule B1
        Assert.Equal(RejectionCode.MalformedMessage, Empty().Reject(Creating("周会") with { WorkshopId = Guid.Empty }, Guid.Empty));
        Assert.Equal(RejectionCode.MalformedMessage, Empty().Reject(Creating("周会", template: (WorkshopTemplate)9), Guid.Empty));
        Assert.Equal(RejectionCode.MalformedMessage, Empty().Reject(Creating("周会", language: (BoardLanguage)9), Guid.Empty));
    }

    [Fact]
    public void Creating_a_board_twice_is_not_allowed()
    {
        // Rule B1
        var board = Created();

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(Creating("Second", BoardLanguage.En), Guid.Empty));
        Assert.Equal("周会回顾", board.State.Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u3000\u3000")] // ideographic spaces, as a Chinese input method types them
    [InlineData("\r\n\t")]
    public void Blank_title_is_rejected(string title)
    {
        // Rule B1
        Assert.Equal(RejectionCode.TitleEmpty, Empty().Reject(Creating(title), Guid.Empty));
    }

    [Fact]
    public void Title_of_80_Chinese_characters_is_accepted_and_81_is_rejected()
    {
        // Rule B1, B5
        var title80 = new string('板', 80);

        Assert.Equal(title80, Assert.IsType<BoardCreated>(Empty().Accept(Creating(title80), Guid.Empty)).Title);
        Assert.Equal(RejectionCode.TitleTooLong, Empty().Reject(Creating(title80 + "板"), Guid.Empty));
    }

    [Fact]
    public void Title_is_one_line()
    {
        // Rule B1, B5
        var created = Empty().Accept(Creating("Sprint 12\r\nretro\tboard", BoardLanguage.En), Guid.Empty);

        Assert.Equal("Sprint 12 retro board", Assert.IsType<BoardCreated>(created).Title);
    }

    [Fact]
    public void Title_with_control_characters_is_rejected()
    {
        // Rule B1, B5
        Assert.Equal(RejectionCode.TextHasControlCharacters,
            Empty().Reject(Creating("Retro\u0007board", BoardLanguage.En), Guid.Empty));
    }

    [Fact]
    public void Every_accepted_command_yields_one_event_with_the_next_sequence_number()
    {
        // Rule B2
        var board = WithParticipants();
        var note = board.AddNote(Alice);
        board.Accept(new MoveNote(note, 10, 20), Bob);
        board.Accept(new EditNote(note, "会议太多了"), Alice);

        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8], board.Events.Select(e => e.Seq));
        Assert.Equal(8, board.State.Seq);
    }

    [Fact]
    public void Rejected_command_yields_a_typed_reason_and_no_event()
    {
        // Rule B2
        var board = WithParticipants();
        var decision = board.Decide(new EditNote(Guid.NewGuid(), "x"), Alice);

        Assert.False(decision.IsAccepted);
        Assert.Null(decision.Event);
        Assert.Equal(new Rejection(RejectionCode.NoteNotFound), decision.Rejection);
    }

    [Fact]
    public void Rejected_command_does_not_take_a_sequence_number()
    {
        // Rule B2
        var board = WithParticipants();
        board.Reject(new DeleteNote(Guid.NewGuid()), Alice);

        board.AddNote(Alice);

        Assert.Equal(6, board.Events[^1].Seq);
    }

    [Fact]
    public void Every_command_on_a_missing_board_is_rejected_with_BoardNotFound()
    {
        // Rule B3
        var board = Empty();
        var note = Guid.NewGuid();
        BoardCommand[] commands =
        [
            new JoinBoard(Alice, "王芳", ParticipantRole.Participant, ParticipantLocation.InRoom),
            new AddNote(note, Brainstorm, "会议太多", NoteColor.Yellow, 0, 0),
            new EditNote(note, "会议太多"),
            new RecolorNote(note, NoteColor.Pink),
            new MoveNote(note, 1, 1),
            new DeleteNote(note),
            new AdvanceStage(),
            new MarkDone(Brainstorm, true),
            new CastVote(note),
            new DissolveCluster(note),
        ];

        foreach (var command in commands)
            Assert.Equal(RejectionCode.BoardNotFound, board.Reject(command, Alice));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(7)]
    public void Applying_an_event_out_of_sequence_throws(long seq)
    {
        // Rule B4
        var board = WithParticipants(); // at sequence number 5
        var envelope = new EventEnvelope(seq, Guid.NewGuid(), Alice, Start,
            new NoteAdded(Guid.NewGuid(), Brainstorm, "会议太多", NoteColor.Yellow, 0, 0, false, NoteAnonymity.Named));

        Assert.Throws<InvalidOperationException>(() => Board.Apply(board.State, envelope));
    }

    [Fact]
    public void Replaying_the_stored_events_gives_the_live_state()
    {
        // Rule B4
        var board = WithParticipants();
        var first = board.AddNote(Alice, "第一张");
        var second = board.AddNote(Bob, "second", NoteColor.Blue, -40, 300);
        board.Accept(new MoveNote(first, 500, 500), Bob);
        board.Accept(new RecolorNote(second, NoteColor.Green), Facilitator);
        board.Accept(new DeleteNote(first), Alice);

        var replayed = Board.Replay(BoardId, board.Events);

        Assert.Equal(SnapshotJson(board.State), SnapshotJson(replayed));
        Assert.Equal(board.State.BoardId, replayed.BoardId);
    }

    [Fact]
    public void Replaying_events_in_the_wrong_order_throws()
    {
        // Rule B4
        var board = WithParticipants();

        Assert.Throws<InvalidOperationException>(() => Board.Replay(BoardId, board.Events.Reverse()));
    }
}
