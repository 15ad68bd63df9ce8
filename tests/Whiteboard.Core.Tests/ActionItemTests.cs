using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests;

/// <summary>Rules A1–A3, A6: action items are made in the Action stage, by anyone in the class, and changed by few.</summary>
public class ActionItemTests
{
    private static readonly ActionOwner ByAlice = new(Alice, null);

    /// <summary>The day the board's clock is on (UTC), for due dates.</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    private static CreateActionItem Item(string what = "下周一起开试点会", ActionOwner? owner = null, DateOnly? due = null, Guid? fromNote = null) =>
        new(Guid.NewGuid(), what, owner ?? ByAlice, due, fromNote);

    /// <summary>Makes an action item (by <paramref name="maker"/>) and returns its id.</summary>
    private static Guid Make(TestBoard board, Guid maker, ActionOwner? owner = null, string what = "下周一起开试点会")
    {
        var command = Item(what, owner);
        board.Accept(command, maker);
        return command.ActionItemId;
    }

    private static List<ActionItem> Items(BoardState state) => [.. state.Actions.Values.OrderBy(a => a.Id)];

    [Theory]
    [InlineData(StageIds.Problem)]
    [InlineData(StageIds.Plan)]
    [InlineData(StageIds.Reflection)]
    [InlineData(StageIds.Summary)]
    public void Action_item_outside_the_Action_stage_is_NotActionStage(string stageId)
    {
        // Rule A1
        var board = ActionLearningAt(stageId);

        Assert.Equal(RejectionCode.NotActionStage, board.Reject(Item(), Alice));
        Assert.Equal(RejectionCode.NotActionStage, board.Reject(Item(), Facilitator));
    }

    [Fact]
    public void Action_item_before_any_stage_opens_or_after_the_last_is_NotActionStage()
    {
        // Rule A1: no current stage at all
        var board = ActionLearning();
        Assert.Equal(RejectionCode.NotActionStage, board.Reject(Item(), Facilitator));

        board.OpenStage(StageIds.Summary);
        board.Accept(new AdvanceStage(), Facilitator); // the session is finished
        Assert.Null(board.State.CurrentStage);
        Assert.Equal(RejectionCode.NotActionStage, board.Reject(Item(), Facilitator));
    }

    [Fact]
    public void Action_item_in_the_open_Action_stage_has_not_started()
    {
        // Rules A1, A2: made by a participant, owned by a participant of the board; the maker and the time are the envelope's
        var board = ActionLearningAt(StageIds.Action);
        var command = Item("请 HR 一起参加试点", new ActionOwner(Bob, null), Today.AddDays(14));

        var e = board.Accept(command, Alice);

        Assert.Equal(new ActionItemCreated(command.ActionItemId, StageIds.Action, null, "请 HR 一起参加试点", Bob, "Bob", Today.AddDays(14)), e);
        var at = board.Events[^1].At;
        Assert.Equal(new ActionItem(command.ActionItemId, StageIds.Action, null, "请 HR 一起参加试点", Bob, "Bob", Today.AddDays(14),
            ActionStatus.NotStarted, "", Alice, at, at), board.State.Actions[command.ActionItemId]);
    }

    [Fact]
    public void Action_item_in_a_locked_Action_stage_is_for_facilitators_only()
    {
        // Rules A1, ST3, ST5
        var board = ActionLearningAt(StageIds.Action);
        board.Accept(new LockStage(StageIds.Action), Facilitator);

        Assert.Equal(RejectionCode.StageLocked, board.Reject(Item(), Alice));
        board.Accept(Item(), Facilitator);
    }

    [Fact]
    public void Action_item_from_observers_and_strangers_is_refused()
    {
        // Rule P3
        var board = ActionLearningAt(StageIds.Action);

        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(Item(), Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(Item(), Stranger));
    }

    [Fact]
    public void Action_item_is_made_from_a_visible_note_of_any_stage()
    {
        // Rule A1: a note of an earlier stage (revealed), and one of the Action stage itself
        var board = ActionLearningAt(StageIds.Problem);
        var problem = board.AddNote(Alice, "会议太多");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        board.OpenStage(StageIds.Action);
        var action = board.AddNote(Bob, "每周只开一次例会");

        var fromProblem = Item("把例会减半", fromNote: problem);
        var fromAction = Item("每周只开一次例会", fromNote: action);
        board.Accept(fromProblem, Carol);
        board.Accept(fromAction, Bob);

        Assert.Equal(problem, board.State.Actions[fromProblem.ActionItemId].FromNoteId);
        Assert.Equal(action, board.State.Actions[fromAction.ActionItemId].FromNoteId);
    }

    [Fact]
    public void Action_item_from_a_note_nobody_revealed_is_HiddenNote_for_who_sees_it_and_NoteNotFound_for_the_rest()
    {
        // Rules A1, H1, H4: the note is not the room's yet; its author and the facilitator are told why, to others it does not exist
        var board = ActionLearningAt(StageIds.Problem);
        var hidden = board.AddNote(Alice, "我担心领导不听意见");
        board.OpenStage(StageIds.Action);
        Assert.True(board.Note(hidden).Hidden);

        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(Item(fromNote: hidden), Bob));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(Item(fromNote: hidden), Alice));
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(Item(fromNote: hidden), Facilitator));
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(Item(fromNote: Guid.NewGuid()), Bob));
    }

    [Fact]
    public void Action_item_id_must_be_new()
    {
        // Rule A1
        var board = ActionLearningAt(StageIds.Action);
        var command = Item();
        board.Accept(command, Alice);

        Assert.Equal(RejectionCode.ActionItemAlreadyExists, board.Reject(command with { What = "另一件事" }, Bob));
        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(command with { ActionItemId = Guid.Empty }, Bob));
    }

    [Theory]
    [InlineData("", RejectionCode.ActionWhatEmpty)]
    [InlineData(" \n\t ", RejectionCode.ActionWhatEmpty)]
    [InlineData("\u200B", RejectionCode.ActionWhatEmpty)]
    [InlineData("先做\u0007试点", RejectionCode.TextHasControlCharacters)]
    public void Action_item_that_says_nothing_is_refused(string what, RejectionCode code)
    {
        // Rules A2, B5
        var board = ActionLearningAt(StageIds.Action);

        Assert.Equal(code, board.Reject(Item(what), Alice));
    }

    [Fact]
    public void Action_item_says_what_in_1_to_200_characters_on_one_line()
    {
        // Rules A2, B5: characters as a person sees them
        var board = ActionLearningAt(StageIds.Action);
        var longest = Item(new string('事', 200));
        var emoji = Item(string.Concat(Enumerable.Repeat("👍🏽", 200)));
        var lines = Item("  先做试点\n再推广  ");

        board.Accept(longest, Alice);
        board.Accept(emoji, Alice);
        board.Accept(lines, Alice);

        Assert.Equal(RejectionCode.ActionWhatTooLong, board.Reject(Item(new string('事', 201)), Alice));
        Assert.Equal(RejectionCode.ActionWhatTooLong, board.Reject(Item(string.Concat(Enumerable.Repeat("👍🏽", 201))), Alice));
        Assert.Equal("先做试点 再推广", board.State.Actions[lines.ActionItemId].What);
    }

    [Fact]
    public void Owner_who_is_a_participant_of_the_board_is_named_as_they_joined()
    {
        // Rule A2: the name comes from the board, not from the command
        var board = ActionLearningAt(StageIds.Action);

        var id = Make(board, Alice, new ActionOwner(Carol, null));

        Assert.Equal((Carol, "陈静"), (board.State.Actions[id].OwnerId, board.State.Actions[id].OwnerName));
    }

    [Fact]
    public void Owner_may_be_a_facilitator_or_someone_moved_to_another_group()
    {
        // Rule A2: "a participant of the board"; W3: a participant moved away is still one of its participants
        var board = ActionLearningAt(StageIds.Action);
        board.Accept(new LeaveBoard(Bob), Bob);

        var facilitators = Make(board, Alice, new ActionOwner(Facilitator, null));
        var bobs = Make(board, Alice, new ActionOwner(Bob, null));

        Assert.Equal("李老师", board.State.Actions[facilitators].OwnerName);
        Assert.Equal("Bob", board.State.Actions[bobs].OwnerName);
    }

    [Fact]
    public void Owner_named_in_free_text_is_someone_not_in_the_class()
    {
        // Rule A2: the name is cleaned like a display name (P1, B5)
        var board = ActionLearningAt(StageIds.Action);

        var id = Make(board, Alice, new ActionOwner(null, "  人力资源部 张总 "));

        Assert.Equal((null, "人力资源部 张总"), (board.State.Actions[id].OwnerId, board.State.Actions[id].OwnerName));
    }

    [Fact]
    public void Owner_that_is_not_on_the_board_is_OwnerNotFound()
    {
        // Rule A2
        var board = ActionLearningAt(StageIds.Action);

        Assert.Equal(RejectionCode.OwnerNotFound, board.Reject(Item(owner: new ActionOwner(Stranger, null)), Alice));
        Assert.Equal(RejectionCode.OwnerNotFound, board.Reject(Item(owner: new ActionOwner(Guid.Empty, null)), Alice));
        Assert.Equal(RejectionCode.OwnerNotFound, board.Reject(Item(owner: new ActionOwner(Observer, null)), Alice)); // observers watch
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(false, "")]
    [InlineData(false, "  \n ")]
    [InlineData(true, "王芳")]
    public void Action_item_without_exactly_one_owner_is_OwnerMissing(bool participant, string? name)
    {
        // Rule A2: exactly one owner — a participant or a name, not neither, not both
        var board = ActionLearningAt(StageIds.Action);

        Assert.Equal(RejectionCode.OwnerMissing, board.Reject(Item(owner: new ActionOwner(participant ? Alice : null, name)), Bob));
    }

    [Fact]
    public void Owner_named_in_free_text_is_at_most_a_display_name_long()
    {
        // Rules A2, P1
        var board = ActionLearningAt(StageIds.Action);

        Make(board, Alice, new ActionOwner(null, new string('名', 32)));
        Assert.Equal(RejectionCode.NameTooLong, board.Reject(Item(owner: new ActionOwner(null, new string('名', 33))), Alice));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(Item(owner: new ActionOwner(null, "张\u202E总")), Alice));
    }

    [Fact]
    public void Due_date_is_within_a_year_back_and_five_years_ahead()
    {
        // Rule A2: both bounds are allowed; a day beyond either is DueDateOutOfRange
        var board = ActionLearningAt(StageIds.Action);
        board.Now = Start;

        board.Accept(Item(due: Today.AddYears(-1)), Alice);
        board.Accept(Item(due: Today.AddYears(5)), Alice);
        board.Accept(Item(due: Today), Alice);
        board.Accept(Item(due: null), Alice);

        Assert.Equal(RejectionCode.DueDateOutOfRange, board.Reject(Item(due: Today.AddYears(-1).AddDays(-1)), Alice));
        Assert.Equal(RejectionCode.DueDateOutOfRange, board.Reject(Item(due: Today.AddYears(5).AddDays(1)), Alice));
        Assert.Equal(RejectionCode.DueDateOutOfRange, board.Reject(Item(due: DateOnly.MinValue), Alice));
        Assert.Equal(RejectionCode.DueDateOutOfRange, board.Reject(Item(due: DateOnly.MaxValue), Alice));
    }

    [Fact]
    public void Maker_owner_and_facilitator_edit_an_action_item()
    {
        // Rule A3
        var board = ActionLearningAt(StageIds.Action);
        var id = Make(board, Alice, new ActionOwner(Bob, null));
        var due = Today.AddDays(30);

        board.Accept(new EditActionItem(id, "先在一个部门试点", new ActionOwner(Bob, null)), Alice);
        board.Accept(new EditActionItem(id, "先在销售部试点", new ActionOwner(Bob, null), due), Bob);
        var e = board.Accept(new EditActionItem(id, "先在销售部试点", new ActionOwner(null, "销售部 刘经理"), due), Facilitator);

        Assert.Equal(new ActionItemEdited(id, "先在销售部试点", null, "销售部 刘经理", due), e);
        var item = board.State.Actions[id];
        Assert.Equal(("先在销售部试点", (Guid?)null, "销售部 刘经理", (DateOnly?)due, Alice), (item.What, item.OwnerId, item.OwnerName, item.Due, item.CreatedBy));
        Assert.Equal(board.Events[^1].At, item.UpdatedAt);
        Assert.True(item.UpdatedAt > item.CreatedAt);
    }

    [Fact]
    public void Others_may_not_edit_or_delete_an_action_item()
    {
        // Rules A3, P3
        var board = ActionLearningAt(StageIds.Action);
        var id = Make(board, Alice, new ActionOwner(Bob, null));
        var edit = new EditActionItem(id, "改一下", new ActionOwner(Carol, null));

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(edit, Carol));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new DeleteActionItem(id), Carol));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(edit, Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new DeleteActionItem(id), Stranger));
    }

    [Fact]
    public void Edit_is_checked_like_a_new_action_item()
    {
        // Rules A2, A3
        var board = ActionLearningAt(StageIds.Action);
        var id = Make(board, Alice);

        Assert.Equal(RejectionCode.ActionWhatEmpty, board.Reject(new EditActionItem(id, " ", ByAlice), Alice));
        Assert.Equal(RejectionCode.ActionWhatTooLong, board.Reject(new EditActionItem(id, new string('事', 201), ByAlice), Alice));
        Assert.Equal(RejectionCode.OwnerNotFound, board.Reject(new EditActionItem(id, "事", new ActionOwner(Stranger, null)), Alice));
        Assert.Equal(RejectionCode.OwnerMissing, board.Reject(new EditActionItem(id, "事", new ActionOwner(null, null)), Alice));
        Assert.Equal(RejectionCode.DueDateOutOfRange, board.Reject(new EditActionItem(id, "事", ByAlice, Today.AddYears(6)), Alice));
        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new EditActionItem(Guid.NewGuid(), "事", ByAlice), Alice));
    }

    [Fact]
    public void Maker_and_facilitator_delete_an_action_item_its_owner_does_not()
    {
        // Rule A3: the owner edits it, but does not make the commitment disappear
        var board = ActionLearningAt(StageIds.Action);
        var first = Make(board, Alice, new ActionOwner(Bob, null));
        var second = Make(board, Alice, new ActionOwner(Bob, null));

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new DeleteActionItem(first), Bob));
        Assert.Equal(new ActionItemDeleted(first), board.Accept(new DeleteActionItem(first), Alice));
        board.Accept(new DeleteActionItem(second), Facilitator);

        Assert.Empty(board.State.Actions);
        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new DeleteActionItem(first), Alice));
    }

    [Fact]
    public void Action_items_are_changed_only_while_their_Action_stage_may_be_changed()
    {
        // Rules A3, ST5: locked — facilitators only; done — nobody, until the stage is reopened (ST4)
        var board = ActionLearningAt(StageIds.Action);
        var id = Make(board, Alice);
        var edit = new EditActionItem(id, "改一下", ByAlice);

        board.Accept(new LockStage(StageIds.Action), Facilitator);
        Assert.Equal(RejectionCode.StageLocked, board.Reject(edit, Alice));
        Assert.Equal(RejectionCode.StageLocked, board.Reject(new DeleteActionItem(id), Alice));
        board.Accept(edit, Facilitator);

        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(edit, Alice));
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(edit, Facilitator));
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new DeleteActionItem(id), Facilitator));

        board.Accept(new ReopenStage(StageIds.Action), Facilitator);
        board.Accept(edit with { What = "又改了" }, Alice);
    }

    [Fact]
    public void Action_items_and_their_owners_names_are_seen_by_everyone_on_the_board()
    {
        // Rule A6: every browser, the observer's too, holds every action item as it is
        var board = ActionLearningAt(StageIds.Action);
        var id = Make(board, Alice, new ActionOwner(Bob, null));
        Make(board, Facilitator, new ActionOwner(null, "张总"));
        board.Accept(new EditActionItem(id, "改一下", new ActionOwner(Carol, null)), Bob);

        foreach (var person in new[] { Facilitator, Alice, Bob, Carol, Observer })
        {
            Assert.Equal(Items(board.State), Items(board.ClientState(person)));
            Assert.Equal(Items(board.State), Items(Visibility.Snapshot(board.State, board.ViewerOf(person))));
        }
        Assert.Equal(["张总", "陈静"], board.ClientState(Observer).Actions.Values.Select(a => a.OwnerName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_board_holds_at_most_200_action_items()
    {
        // A1: BoardLimits.MaxActionItemsPerBoard, refused as TooManyActionItems (in those words, not as notes)
        var board = ActionLearningAt(StageIds.Action);
        for (var i = 0; i < BoardLimits.MaxActionItemsPerBoard; i++) Make(board, Alice);

        Assert.Equal(RejectionCode.TooManyActionItems, board.Reject(Item(), Alice));
        Assert.Equal(RejectionCode.TooManyActionItems, board.Reject(Item(), Facilitator));
    }
}
