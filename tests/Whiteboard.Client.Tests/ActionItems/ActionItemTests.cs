using AngleSharp.Dom;
using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.ActionItems;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Voting;
using Whiteboard.Client.Browser;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Tests.ActionItems;

/// <summary>Action items on the board (docs/RULES.md A1–A6).</summary>
public class ActionItemTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "action");

    private static IElement ItemOf(IRenderedComponent<BoardView> cut, ActionItem item) =>
        cut.Find($"[data-testid=action-item][data-action-id='{item.Id}']");

    [Fact]
    public void Making_an_action_item_from_a_note_sends_CreateActionItem_with_the_notes_text_and_the_chosen_owner()
    {
        var note = _board.AddNote("梳理审批流程，提出精简方案", stageId: "action");
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Select(cut, note.Id);
        cut.WaitForElement("[data-testid=make-action]").Click();
        Assert.Equal("梳理审批流程，提出精简方案", cut.Find("[data-testid=action-what]").GetAttribute("value"));
        cut.Find("[data-testid=action-owner]").Change(_board.Colleague.Id.ToString());
        cut.Find("[data-testid=action-due]").Change("2025-03-20");
        cut.Find("[data-testid=save-action]").Click();

        var create = Assert.IsType<CreateActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal("梳理审批流程，提出精简方案", create.What);
        Assert.Equal(new ActionOwner(_board.Colleague.Id, null), create.Owner);
        Assert.Equal(new DateOnly(2025, 3, 20), create.Due);
        Assert.Equal(note.Id, create.FromNoteId);
        Assert.Empty(cut.FindAll("[data-testid=action-editor]"));
    }

    [Fact]
    public void A_step_that_takes_no_notes_does_not_hint_at_tapping_a_note()
    {
        // Rule ST10: a designed action step may allow action items only; its canvas has no note to tap.
        var action = _board.Stages.FindIndex(s => s.Id == "action");
        _board.Stages[action] = _board.Stages[action] with { Capabilities = StageCapabilities.ActionItems | StageCapabilities.Summary };
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("直接添加行动项：每项写明做什么、谁负责、何时完成。", cut.Find("[data-testid=actions-hint]").TextContent);
    }

    [Fact]
    public void A_named_notes_author_is_offered_as_the_owner()
    {
        var note = _board.AddNote("每周例会压缩到半小时", stageId: "action", author: _board.Colleague.Id);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Select(cut, note.Id);
        cut.WaitForElement("[data-testid=make-action]").Click();

        Assert.Equal(_board.Colleague.Id.ToString(), cut.Find("[data-testid=action-owner]").GetAttribute("value"));
    }

    [Fact]
    public void An_action_item_can_be_given_to_someone_not_in_the_class_by_name()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=add-action]").Click();
        cut.Find("[data-testid=action-what]").Input("向分管领导汇报方案");
        Assert.True(cut.Find("[data-testid=save-action]").HasAttribute("disabled")); // no owner yet (rule A2)
        cut.Find("[data-testid=action-owner]").Change("other");
        cut.Find("[data-testid=action-owner-name]").Input("赵处长");
        cut.Find("[data-testid=save-action]").Click();

        var create = Assert.IsType<CreateActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal(("向分管领导汇报方案", new ActionOwner(null, "赵处长"), (DateOnly?)null, (Guid?)null),
            (create.What, create.Owner, create.Due, create.FromNoteId));
    }

    [Fact]
    public void A_new_item_shows_in_the_list_at_once_marked_as_not_yet_saved()
    {
        _board.AnswerLater = _ => new TaskCompletionSource<CommandAck>().Task; // on its way, not answered yet
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=add-action]").Click();
        cut.Find("[data-testid=action-what]").Input("编制流程图");
        cut.Find("[data-testid=action-owner]").Change(_board.Trainee.Id.ToString());
        cut.Find("[data-testid=save-action]").Click();

        var row = cut.WaitForElement("[data-testid=action-item]");
        Assert.Equal("编制流程图", row.QuerySelector("[data-testid=action-what-text]")!.TextContent);
        Assert.Equal("李明", row.QuerySelector("[data-testid=action-owner-text]")!.TextContent);
        Assert.Equal("true", row.GetAttribute("data-pending"));
    }

    [Fact]
    public void Outside_the_Action_stage_a_note_cannot_become_an_action_item()
    {
        var board = new TestBoard(openStage: "plan");
        var note = board.AddNote("减少会议", stageId: "plan");
        var (cut, _) = RenderBoard(board, board.Trainee);

        Select(cut, note.Id);

        cut.WaitForElement("[data-testid=edit-note]");
        Assert.Empty(cut.FindAll("[data-testid=make-action]"));
        Assert.Empty(cut.FindAll("[data-testid=action-list]"));
    }

    [Fact]
    public void An_observer_sees_the_items_but_no_controls()
    {
        _board.AddAction("编制流程图", _board.Trainee, _board.Trainee);
        var note = _board.AddNote("减少会议", stageId: "action");
        var (cut, _) = RenderBoard(_board, _board.Observer);

        Select(cut, note.Id);

        Assert.Single(cut.FindAll("[data-testid=action-item]"));
        Assert.Empty(cut.FindAll("[data-testid=make-action]"));
        Assert.Empty(cut.FindAll("[data-testid=add-action]"));
        Assert.Empty(cut.FindAll("[data-testid=action-status]"));
        Assert.Empty(cut.FindAll("[data-testid=edit-action]"));
        Assert.Empty(cut.FindAll("[data-testid=delete-action]"));
    }

    [Fact]
    public void Only_the_owner_or_a_facilitator_reports_progress_and_only_the_maker_or_a_facilitator_deletes()
    {
        var item = _board.AddAction("编制流程图", owner: _board.Colleague, maker: _board.Trainee);

        var (asMaker, _) = RenderBoard(_board, _board.Trainee);
        var makerRow = ItemOf(asMaker, item);
        Assert.Null(makerRow.QuerySelector("[data-testid=action-status]"));
        Assert.Equal("未开始", makerRow.QuerySelector("[data-testid=action-status-text]")!.TextContent);
        Assert.NotNull(makerRow.QuerySelector("[data-testid=edit-action]"));
        Assert.NotNull(makerRow.QuerySelector("[data-testid=delete-action]"));

        var (asOwner, _) = RenderBoard(_board, _board.Colleague);
        var ownerRow = ItemOf(asOwner, item);
        Assert.NotNull(ownerRow.QuerySelector("[data-testid=action-status]"));
        Assert.NotNull(ownerRow.QuerySelector("[data-testid=edit-action]"));
        Assert.Null(ownerRow.QuerySelector("[data-testid=delete-action]"));

        var (asFacilitator, _) = RenderBoard(_board, _board.Facilitator);
        var facilitatorRow = ItemOf(asFacilitator, item);
        Assert.NotNull(facilitatorRow.QuerySelector("[data-testid=action-status]"));
        Assert.NotNull(facilitatorRow.QuerySelector("[data-testid=delete-action]"));
    }

    [Fact]
    public void A_status_change_sends_UpdateActionProgress()
    {
        var item = _board.AddAction("编制流程图", owner: _board.Trainee, maker: _board.Trainee, progress: "已约谈两个处室");
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        ItemOf(cut, item).QuerySelector("[data-testid=action-status]")!.Change("InProgress");

        var update = Assert.IsType<UpdateActionProgress>(Assert.Single(_board.Submitted).Command);
        Assert.Equal((item.Id, ActionStatus.InProgress, "已约谈两个处室"), (update.ActionItemId, update.Status, update.Progress));
    }

    [Fact]
    public void A_progress_note_is_sent_with_the_current_status()
    {
        var item = _board.AddAction("编制流程图", owner: _board.Trainee, maker: _board.Trainee, status: ActionStatus.Blocked);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        ItemOf(cut, item).QuerySelector("[data-testid=edit-progress]")!.Click();
        cut.Find("[data-testid=action-progress]").Input("等待财务处回复");
        cut.Find("[data-testid=save-progress]").Click();

        var update = Assert.IsType<UpdateActionProgress>(Assert.Single(_board.Submitted).Command);
        Assert.Equal((ActionStatus.Blocked, "等待财务处回复"), (update.Status, update.Progress));
    }

    [Fact]
    public void A_done_item_can_only_be_reopened_as_in_progress()
    {
        var item = _board.AddAction("编制流程图", owner: _board.Trainee, maker: _board.Trainee, status: ActionStatus.Done);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var disabled = ItemOf(cut, item).QuerySelectorAll("[data-testid=action-status] option")
            .Where(o => o.HasAttribute("disabled")).Select(o => o.GetAttribute("value"));

        Assert.Equal(["NotStarted", "Blocked"], disabled);
    }

    [Fact]
    public void Progress_is_reported_also_after_the_Action_stage_is_done()
    {
        var board = new TestBoard(openStage: "reflection");
        board.SetStage("action", s => s with { Status = Whiteboard.Core.Stages.StageStatus.Done });
        var item = board.AddAction("编制流程图", owner: board.Trainee, maker: board.Trainee);
        var (cut, _) = RenderBoard(board, board.Trainee);

        cut.Find("[data-testid=stage-action]").Click();

        Assert.NotNull(ItemOf(cut, item).QuerySelector("[data-testid=action-status]"));
        Assert.Null(ItemOf(cut, item).QuerySelector("[data-testid=edit-action]")); // A3: the stage is closed
        Assert.Empty(cut.FindAll("[data-testid=add-action]"));
    }

    [Fact]
    public void Items_past_their_due_date_and_not_done_are_marked_overdue()
    {
        Time.SetUtcNow(new DateTimeOffset(2025, 3, 10, 2, 0, 0, TimeSpan.Zero));
        var late = _board.AddAction("编制流程图", _board.Trainee, _board.Trainee, due: new DateOnly(2025, 3, 5));
        var done = _board.AddAction("约谈处室", _board.Trainee, _board.Trainee, due: new DateOnly(2025, 3, 5), status: ActionStatus.Done);
        var later = _board.AddAction("提交方案", _board.Trainee, _board.Trainee, due: new DateOnly(2025, 3, 31));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("true", ItemOf(cut, late).GetAttribute("data-overdue"));
        Assert.Equal("false", ItemOf(cut, done).GetAttribute("data-overdue"));
        Assert.Equal("false", ItemOf(cut, later).GetAttribute("data-overdue"));
        Assert.Equal("2025-03-05 前完成", ItemOf(cut, late).QuerySelector("[data-testid=action-due-text]")!.TextContent);
    }

    [Fact]
    public void An_owner_sees_a_link_to_their_follow_up_page()
    {
        _board.AddAction("编制流程图", _board.Trainee, _board.Colleague);
        var session = _board.SessionFor(_board.Trainee, Time);

        var cut = Render<BoardView>(p => p.Add(v => v.Session, session).Add(v => v.Code, "K7M2QX").Add(v => v.Clock, Clock)
            .Add(v => v.Status, ConnectionState.Online).Add(v => v.FollowUpToken, "tok.en"));

        Assert.Equal("f#t=tok.en", cut.Find("[data-testid=my-follow-up]").GetAttribute("href"));
    }

    [Fact]
    public void Editing_an_item_sends_EditActionItem_with_the_changes()
    {
        var item = _board.AddAction("编制流程图", _board.Trainee, _board.Trainee, due: new DateOnly(2025, 3, 20));
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        ItemOf(cut, item).QuerySelector("[data-testid=edit-action]")!.Click();
        Assert.Equal("编制流程图", cut.Find("[data-testid=action-what]").GetAttribute("value"));
        cut.Find("[data-testid=action-what]").Input("编制并公开流程图");
        cut.Find("[data-testid=save-action]").Click();

        var edit = Assert.IsType<EditActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal((item.Id, "编制并公开流程图", new ActionOwner(_board.Trainee.Id, null), (DateOnly?)new DateOnly(2025, 3, 20)),
            (edit.ActionItemId, edit.What, edit.Owner, edit.Due));
    }

    [Fact]
    public void Deleting_asks_once_more_then_sends_DeleteActionItem()
    {
        var item = _board.AddAction("编制流程图", _board.Trainee, _board.Trainee);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        ItemOf(cut, item).QuerySelector("[data-testid=delete-action]")!.Click();
        Assert.Empty(_board.Submitted);
        cut.Find("[data-testid=confirm-delete-action]").Click();

        Assert.Equal(item.Id, Assert.IsType<DeleteActionItem>(Assert.Single(_board.Submitted).Command).ActionItemId);
    }

    [Fact]
    public void A_refused_action_item_comes_back_in_the_editor_with_the_reason()
    {
        _board.Answer = e => new CommandAck(e.OpId, 0, new Rejection(RejectionCode.NotActionStage), null);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=add-action]").Click();
        cut.Find("[data-testid=action-what]").Input("编制流程图");
        cut.Find("[data-testid=action-owner]").Change(_board.Colleague.Id.ToString());
        cut.Find("[data-testid=save-action]").Click();

        cut.WaitForAssertion(() => Assert.Equal("编制流程图", cut.Find("[data-testid=action-what]").GetAttribute("value")));
        Assert.Equal(_board.Colleague.Id.ToString(), cut.Find("[data-testid=action-owner]").GetAttribute("value"));
        Assert.Equal("只有在\"行动\"阶段才能制定行动项。", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Contains("编制流程图", Storage.Items[StorageKeys.ActionDraft(_board.BoardId)]); // kept again: a reload now loses nothing
    }

    [Fact]
    public void A_name_typed_for_someone_outside_the_class_is_not_kept_once_another_owner_is_chosen()
    {
        var (before, _) = RenderBoard(_board, _board.Trainee);
        before.Find("[data-testid=add-action]").Click();
        before.Find("[data-testid=action-what]").Input("编制流程图");
        before.Find("[data-testid=action-owner]").Change("other");
        before.Find("[data-testid=action-owner-name]").Input("赵处长");
        before.Find("[data-testid=action-owner]").Change("");
        before.Dispose();

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Equal("", cut.Find("[data-testid=action-owner]").GetAttribute("value"));
        Assert.True(cut.Find("[data-testid=save-action]").HasAttribute("disabled"));
    }

    [Fact]
    public void What_is_typed_in_the_action_editor_comes_back_after_a_reload()
    {
        var (before, _) = RenderBoard(_board, _board.Trainee);
        before.Find("[data-testid=add-action]").Click();
        before.Find("[data-testid=action-what]").Input("两周内拿出审批精简方案");
        before.Find("[data-testid=action-owner]").Change(_board.Colleague.Id.ToString());
        before.Find("[data-testid=action-due]").Change("2025-03-20");
        Time.Advance(TypingKeeper.Quiet); // kept once the typing pauses, as every draft is
        Assert.True(Storage.Items.ContainsKey(StorageKeys.ActionDraft(_board.BoardId)));
        before.Dispose();

        var (cut, _) = RenderBoard(_board, _board.Trainee); // the reload
        Assert.Equal("两周内拿出审批精简方案", cut.Find("[data-testid=action-what]").GetAttribute("value"));
        Assert.Equal(_board.Colleague.Id.ToString(), cut.Find("[data-testid=action-owner]").GetAttribute("value"));
        Assert.Equal("2025-03-20", cut.Find("[data-testid=action-due]").GetAttribute("value"));
        cut.Find("[data-testid=save-action]").Click();

        var create = Assert.IsType<CreateActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal(("两周内拿出审批精简方案", new ActionOwner(_board.Colleague.Id, null), new DateOnly(2025, 3, 20)), (create.What, create.Owner, create.Due));
        Assert.False(Storage.Items.ContainsKey(StorageKeys.ActionDraft(_board.BoardId)));
    }

    [Fact]
    public void A_change_being_made_to_an_item_comes_back_on_that_item()
    {
        var item = _board.AddAction("梳理审批流程", _board.Trainee, _board.Trainee);
        var (before, _) = RenderBoard(_board, _board.Trainee);
        ItemOf(before, item).QuerySelector("[data-testid=edit-action]")!.Click();
        before.Find("[data-testid=action-what]").Input("梳理审批流程，两周内");
        before.Dispose();

        var (cut, _) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=save-action]").Click();

        var edit = Assert.IsType<EditActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal((item.Id, "梳理审批流程，两周内"), (edit.ActionItemId, edit.What));
    }

    [Fact]
    public void Cancelling_the_action_editor_forgets_what_was_typed()
    {
        var (before, _) = RenderBoard(_board, _board.Trainee);
        before.Find("[data-testid=add-action]").Click();
        before.Find("[data-testid=action-what]").Input("不要了");
        before.Find("[data-testid=cancel-action]").Click();
        before.Dispose();

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=action-editor]"));
        Assert.False(Storage.Items.ContainsKey(StorageKeys.ActionDraft(_board.BoardId)));
    }

    /// <summary>The Plan stage done with its votes revealed: a cluster of two ideas (3 dots on the cluster), one idea (2),
    /// one (1), one (0).</summary>
    private (Note Top, Cluster Cluster, Note Second) PlanVotedOn(bool revealed = true)
    {
        _board.SetStage("plan", s => s with { Status = StageStatus.Done, VotesRevealed = revealed });
        var a = _board.AddNote("例会压缩到半小时", stageId: "plan", author: _board.Colleague.Id);
        var b = _board.AddNote("会议材料提前一天发", stageId: "plan");
        var c = _board.AddNote("梳理审批事项清单", stageId: "plan", author: _board.Colleague.Id);
        var d = _board.AddNote("建立问题台账", stageId: "plan");
        _board.AddNote("请领导牵头", stageId: "plan");
        var cluster = _board.AddCluster("开会", a, b);
        void Dots(Guid target, int n) { for (var i = 0; i < n; i++) _board.Votes.Add(new Vote(_board.Trainee.Id, target, "plan", Hidden: !revealed)); }
        Dots(cluster.Id, 3);
        Dots(c.Id, 2);
        Dots(d.Id, 1);
        return (c, cluster, d);
    }

    [Fact]
    public void The_plans_top_voted_ideas_are_offered_beside_the_action_items_and_a_tap_makes_one_an_item()
    {
        var (note, cluster, _) = PlanVotedOn();
        _board.AnswerLater = _ => new TaskCompletionSource<CommandAck>().Task; // on its way: the board shows it at once
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        var ideas = cut.FindAll("[data-testid=top-idea]");
        Assert.Equal(["归类：开会", "梳理审批事项清单", "建立问题台账"], ideas.Select(i => i.QuerySelector(".idea")!.TextContent));
        Assert.Equal(["3 票", "2 票", "1 票"], ideas.Select(i => i.QuerySelector(".score")!.TextContent));
        Assert.Equal(cluster.Id.ToString(), ideas[0].GetAttribute("data-target-id"));

        cut.FindAll("[data-testid=make-action-from-idea]")[1].Click();
        Assert.Equal("梳理审批事项清单", cut.Find("[data-testid=action-what]").GetAttribute("value"));
        Assert.Equal(_board.Colleague.Id.ToString(), cut.Find("[data-testid=action-owner]").GetAttribute("value")); // its named author
        cut.Find("[data-testid=save-action]").Click();

        var create = Assert.IsType<CreateActionItem>(Assert.Single(_board.Submitted).Command);
        Assert.Equal(note.Id, create.FromNoteId);
        cut.WaitForAssertion(() => Assert.Equal("true", cut.FindAll("[data-testid=top-idea]")[1].GetAttribute("data-made")));
        Assert.Equal(2, cut.FindAll("[data-testid=make-action-from-idea]").Count);
    }

    [Fact]
    public void A_clusters_name_becomes_what_is_to_be_done()
    {
        PlanVotedOn();
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.FindAll("[data-testid=make-action-from-idea]")[0].Click();

        Assert.Equal("开会", cut.Find("[data-testid=action-what]").GetAttribute("value"));
        Assert.Equal("", cut.Find("[data-testid=action-owner]").GetAttribute("value"));
    }

    [Fact]
    public void Ideas_are_not_ranked_by_ones_own_dots_while_the_votes_are_hidden()
    {
        PlanVotedOn(revealed: false);

        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=top-ideas]"));
    }

    [Fact]
    public void An_observer_sees_the_top_ideas_but_cannot_make_items()
    {
        PlanVotedOn();

        var (cut, _) = RenderBoard(_board, _board.Observer);

        Assert.Equal(3, cut.FindAll("[data-testid=top-idea]").Count);
        Assert.Empty(cut.FindAll("[data-testid=make-action-from-idea]"));
    }
}
