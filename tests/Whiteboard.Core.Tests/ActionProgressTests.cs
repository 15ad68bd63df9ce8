using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rules A4, A5: an action item's owner (on the board, or through their follow-up link: <see cref="RecordOwnerProgress"/>)
/// or a facilitator reports how it stands, at any time — action items live on after the workshop.
/// </summary>
public class ActionProgressTests
{
    private readonly TestBoard board = ActionLearningAt(StageIds.Action);

    /// <summary>Alice's commitment, made by Alice; Bob's, made by Alice; one for 张总, who is not in the class.</summary>
    private readonly Guid alices, bobs, external;

    public ActionProgressTests()
    {
        alices = Make(new ActionOwner(Alice, null));
        bobs = Make(new ActionOwner(Bob, null));
        external = Make(new ActionOwner(null, "张总"));
    }

    private Guid Make(ActionOwner owner)
    {
        var id = Guid.NewGuid();
        board.Accept(new CreateActionItem(id, "先在销售部试点", owner), Alice);
        return id;
    }

    private ActionItem Item(Guid id) => board.State.Actions[id];

    /// <summary>The facilitator finishes the session: every stage is done, none is current.</summary>
    private void FinishSession()
    {
        board.OpenStage(StageIds.Summary);
        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Null(board.State.CurrentStage);
        Assert.All(board.State.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
    }

    /// <summary>Decides the server-issued command as the follow-up endpoint issues it: no actor on the board.</summary>
    private Decision DecideFromLink(RecordOwnerProgress command) =>
        Board.Decide(board.State, command, new CommandContext(Guid.Empty, Start.AddDays(30)));

    [Fact]
    public void Owner_reports_how_their_item_stands()
    {
        // Rule A4
        var before = Item(bobs);

        var e = board.Accept(new UpdateActionProgress(bobs, ActionStatus.InProgress, " 已约好销售部\n下周一开始 "), Bob);

        Assert.Equal(new ActionProgressUpdated(bobs, ActionStatus.InProgress, "已约好销售部\n下周一开始"), e);
        Assert.Equal(before with { Status = ActionStatus.InProgress, Progress = "已约好销售部\n下周一开始", UpdatedAt = board.Events[^1].At }, Item(bobs));
    }

    [Fact]
    public void Facilitator_reports_for_any_item()
    {
        // Rule A4
        board.Accept(new UpdateActionProgress(bobs, ActionStatus.Blocked, "等预算"), Facilitator);
        board.Accept(new UpdateActionProgress(external, ActionStatus.Done, "张总已批准"), Facilitator);

        Assert.Equal((ActionStatus.Blocked, "等预算"), (Item(bobs).Status, Item(bobs).Progress));
        Assert.Equal((ActionStatus.Done, "张总已批准"), (Item(external).Status, Item(external).Progress));
    }

    [Fact]
    public void Nobody_else_reports_progress_not_even_the_items_maker()
    {
        // Rules A4, P3: Alice made Bob's item but does not own it
        var update = new UpdateActionProgress(bobs, ActionStatus.Done, "做完了");

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(update, Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(update, Carol));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(update with { ActionItemId = external }, Alice));
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(update, Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(update, Stranger));
    }

    [Fact]
    public void Progress_is_reported_after_every_stage_is_done_the_item_lives_on()
    {
        // Rule A4: weeks after the class, when the item can no longer be edited (A3)
        FinishSession();
        board.Now = Start.AddDays(28);

        board.Accept(new UpdateActionProgress(alices, ActionStatus.InProgress, "第一次试点做了"), Alice);
        board.Accept(new UpdateActionProgress(bobs, ActionStatus.Done, "销售部已经在用"), Facilitator);
        board.Accept(new UpdateActionProgress(alices, ActionStatus.Done), Alice);

        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new EditActionItem(alices, "改一下", new ActionOwner(Alice, null)), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new UpdateActionProgress(bobs, ActionStatus.InProgress), Carol));
        Assert.Equal(3, board.State.Actions.Count);
        Assert.Equal((ActionStatus.Done, "", Start.AddDays(28)), (Item(alices).Status, Item(alices).Progress, Item(alices).UpdatedAt));
        Assert.False(Item(alices).IsOpen);
    }

    [Fact]
    public void Progress_is_reported_while_the_Action_stage_is_locked_and_while_another_stage_runs()
    {
        // Rule A4: reporting how it stands changes no content of the stage
        board.Accept(new LockStage(StageIds.Action), Facilitator);
        board.Accept(new UpdateActionProgress(alices, ActionStatus.InProgress), Alice);

        board.Accept(new AdvanceStage(), Facilitator);
        board.Accept(new UpdateActionProgress(bobs, ActionStatus.Blocked, "没人负责"), Bob);

        Assert.Equal(StageIds.Reflection, board.CurrentStageId);
    }

    [Fact]
    public void Item_past_its_due_date_is_overdue_until_it_is_done()
    {
        // Rule A4: the facilitator's overview marks overdue items
        var due = new DateOnly(2025, 3, 21);
        board.Accept(new EditActionItem(bobs, "先在销售部试点", new ActionOwner(Bob, null), due), Alice);

        Assert.False(Item(bobs).IsOverdue(due));
        Assert.True(Item(bobs).IsOverdue(due.AddDays(1)));
        Assert.False(Item(alices).IsOverdue(due.AddYears(1))); // no due date

        board.Accept(new UpdateActionProgress(bobs, ActionStatus.Done), Bob);
        Assert.False(Item(bobs).IsOverdue(due.AddDays(1)));
        Assert.False(Item(bobs).IsOpen);
    }

    [Theory]
    [InlineData(ActionStatus.NotStarted, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.NotStarted, ActionStatus.Blocked, true)]
    [InlineData(ActionStatus.NotStarted, ActionStatus.Done, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.NotStarted, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Blocked, true)]
    [InlineData(ActionStatus.InProgress, ActionStatus.Done, true)]
    [InlineData(ActionStatus.Blocked, ActionStatus.NotStarted, true)]
    [InlineData(ActionStatus.Blocked, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Blocked, ActionStatus.Done, true)]
    [InlineData(ActionStatus.Done, ActionStatus.InProgress, true)]
    [InlineData(ActionStatus.Done, ActionStatus.NotStarted, false)]
    [InlineData(ActionStatus.Done, ActionStatus.Blocked, false)]
    public void Statuses_move_freely_except_that_done_is_only_reopened_as_in_progress(ActionStatus from, ActionStatus to, bool allowed)
    {
        // Rule A5, for the owner, the facilitator and the owner's link alike
        if (from != ActionStatus.NotStarted) board.Accept(new UpdateActionProgress(bobs, from), Bob);

        foreach (var (command, actor) in new (BoardCommand, Guid)[]
                 {
                     (new UpdateActionProgress(bobs, to, "新情况"), Bob), (new UpdateActionProgress(bobs, to, "新情况"), Facilitator),
                     (new RecordOwnerProgress(bobs, to, "新情况"), Guid.Empty),
                 })
        {
            var decision = board.Decide(command, actor);
            Assert.Equal(allowed ? null : RejectionCode.ActionTransitionNotAllowed, decision.Rejection?.Code);
        }
    }

    [Theory]
    [InlineData(ActionStatus.NotStarted)]
    [InlineData(ActionStatus.InProgress)]
    [InlineData(ActionStatus.Blocked)]
    [InlineData(ActionStatus.Done)]
    public void Staying_with_a_new_progress_note_is_always_allowed(ActionStatus status)
    {
        // Rule A5
        if (status != ActionStatus.NotStarted) board.Accept(new UpdateActionProgress(bobs, status, "第一次"), Bob);

        board.Accept(new UpdateActionProgress(bobs, status, "第二次"), Bob);

        Assert.Equal((status, "第二次"), (Item(bobs).Status, Item(bobs).Progress));
    }

    [Fact]
    public void Progress_note_is_at_most_500_characters_and_may_be_cleared()
    {
        // Rules A4, B5
        board.Accept(new UpdateActionProgress(bobs, ActionStatus.InProgress, new string('进', 500)), Bob);
        Assert.Equal(RejectionCode.ProgressTooLong, board.Reject(new UpdateActionProgress(bobs, ActionStatus.InProgress, new string('进', 501)), Bob));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new UpdateActionProgress(bobs, ActionStatus.InProgress, "进\u0000度"), Bob));

        board.Accept(new UpdateActionProgress(bobs, ActionStatus.InProgress, "  "), Bob);

        Assert.Equal("", Item(bobs).Progress);
    }

    [Fact]
    public void Unknown_item_or_status_is_refused()
    {
        // Rule A4
        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new UpdateActionProgress(Guid.NewGuid(), ActionStatus.Done), Facilitator));
        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(new UpdateActionProgress(bobs, (ActionStatus)9), Bob));
    }

    [Fact]
    public void Owner_link_progress_is_decided_without_an_actor_at_any_time()
    {
        // Rule A4: the server checked the signed link; Decide needs no participant, also after every stage is done
        FinishSession();

        var decision = DecideFromLink(new RecordOwnerProgress(external, ActionStatus.Blocked, "等预算"));

        Assert.Equal(new ActionProgressUpdated(external, ActionStatus.Blocked, "等预算"), decision.Event);
        Assert.True(DecideFromLink(new RecordOwnerProgress(bobs, ActionStatus.Done)).IsAccepted);
    }

    [Fact]
    public void Owner_link_progress_follows_the_same_rules()
    {
        // Rules A4, A5
        board.Accept(new UpdateActionProgress(external, ActionStatus.Done), Facilitator);

        Assert.Equal(RejectionCode.ActionTransitionNotAllowed, DecideFromLink(new RecordOwnerProgress(external, ActionStatus.Blocked)).Rejection?.Code);
        Assert.Equal(RejectionCode.ProgressTooLong, DecideFromLink(new RecordOwnerProgress(external, ActionStatus.Done, new string('进', 501))).Rejection?.Code);
        Assert.Equal(RejectionCode.ActionItemNotFound, DecideFromLink(new RecordOwnerProgress(Guid.NewGuid(), ActionStatus.Done)).Rejection?.Code);
        Assert.Equal(RejectionCode.MalformedMessage, DecideFromLink(new RecordOwnerProgress(external, (ActionStatus)9)).Rejection?.Code);
        Assert.Equal(RejectionCode.BoardNotFound, Board.Decide(BoardState.Empty(BoardId), new RecordOwnerProgress(external, ActionStatus.Done),
            new CommandContext(Guid.Empty, Start)).Rejection?.Code);
    }

    [Fact]
    public void Owner_link_progress_is_server_issued_never_a_clients()
    {
        // Rules A4, P4: the hub refuses server-issued commands from clients (BoardHub: IsServerIssued → NotAllowed)
        Assert.True(new RecordOwnerProgress(bobs, ActionStatus.Done).IsServerIssued);
        Assert.False(new UpdateActionProgress(bobs, ActionStatus.Done).IsServerIssued);
        Assert.False(new CreateActionItem(bobs, "事", new ActionOwner(Bob, null)).IsServerIssued);
    }

    [Fact]
    public void Owner_moved_to_another_group_reports_through_their_link_only()
    {
        // Rules A4, W3: on this board they are no longer active
        board.Accept(new LeaveBoard(Bob), Bob);

        Assert.Equal(RejectionCode.NotJoined, board.Reject(new UpdateActionProgress(bobs, ActionStatus.Done), Bob));
        Assert.True(DecideFromLink(new RecordOwnerProgress(bobs, ActionStatus.Done)).IsAccepted);
    }
}
