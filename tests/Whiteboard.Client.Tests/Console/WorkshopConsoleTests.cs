using AngleSharp.Dom;
using Whiteboard.Client.Console;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Voting;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Console;

public class WorkshopConsoleTests : WorkshopTestContext
{
    private IRenderedComponent<WorkshopConsole> RenderConsole(WorkshopSession session) =>
        Render<WorkshopConsole>(p => p.Add(c => c.Session, session).Add(c => c.Code, TestWorkshop.Code));

    private static IElement Card(IRenderedComponent<WorkshopConsole> cut, int number) =>
        cut.Find($"[data-testid=group-card][data-group-number='{number}']");

    private static string Stat(IElement card, string testId) => card.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    [Fact]
    public void Every_group_has_a_card_with_its_stage_people_notes_votes_and_done_flags()
    {
        Workshop.Open("problem");
        var li = Workshop.Join(1, "李明");
        Workshop.Join(1, "张伟", ParticipantLocation.Remote, online: false);
        var wang = Workshop.Join(1, "王芳", ParticipantLocation.Remote);
        Workshop.Join(2, "赵强");
        Workshop[1].AddNote("会议太多");
        Workshop[1].AddNote("审批慢", hidden: true);
        Workshop[1].MarkDone("problem", li, wang);
        Workshop[2].SetStage("problem", s => s with { Status = StageStatus.Done });
        Workshop[2].SetStage("plan", s => s with { Status = StageStatus.Locked, VotesRevealed = true });
        var idea = Workshop[2].AddNote("减少会议", stageId: "plan");
        Workshop[2].Votes.AddRange([new Vote(Guid.Empty, idea.Id, "plan", false), new Vote(Guid.Empty, idea.Id, "plan", false)]);

        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Equal(["1", "2"], cut.FindAll("[data-testid=group-card]").Select(c => c.GetAttribute("data-group-number")));
        var one = Card(cut, 1);
        Assert.Equal("第 1 组", Stat(one, "group-name"));
        Assert.Equal("提出问题", Stat(one, "group-stage"));
        Assert.Equal("进行中", Stat(one, "group-status"));
        Assert.Equal("2/3", Stat(one, "group-online"));
        Assert.Equal("现场 1 · 远程 2", Stat(one, "group-locations"));
        Assert.Equal("2", Stat(one, "group-notes")); // the facilitator sees the hidden note too
        Assert.Equal("暂不公开", Stat(one, "group-votes")); // rule V4: hidden votes are not counted for anyone
        Assert.Equal("2/3", Stat(one, "group-done"));
        var two = Card(cut, 2);
        Assert.Equal("计划", Stat(two, "group-stage"));
        Assert.Equal("已锁定", Stat(two, "group-status"));
        Assert.Equal("1/1", Stat(two, "group-online"));
        Assert.Equal("1", Stat(two, "group-notes"));
        Assert.Equal("2", Stat(two, "group-votes"));
        Assert.Equal("0/1", Stat(two, "group-done"));
        Assert.Equal("4", cut.Find("[data-testid=total-joined]").TextContent);
        Assert.Equal("3", cut.Find("[data-testid=total-online]").TextContent);
    }

    [Fact]
    public async Task A_card_follows_the_events_of_its_board()
    {
        Workshop.Open("problem");
        Workshop.Join(2, "赵强");
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);
        var cut = RenderConsole(session);

        await cut.InvokeAsync(() => session.Group(2)!.ReceiveAsync([Workshop.Event(Workshop[2].Seq + 1,
            new NoteAdded(Guid.NewGuid(), "problem", "基层负担重", NoteColor.Pink, 40, 60, false, NoteAnonymity.Named))]));

        cut.WaitForAssertion(() => Assert.Equal("1", Stat(Card(cut, 2), "group-notes")));
        Assert.Single(Card(cut, 2).QuerySelectorAll("[data-testid=group-thumbnail] rect.dot"));
        Assert.Equal("0", Stat(Card(cut, 1), "group-notes"));
    }

    [Fact]
    public void Before_the_start_every_group_waits_for_the_facilitator()
    {
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.All(cut.FindAll("[data-testid=group-status]"), s => Assert.Equal("未开始", s.TextContent.Trim()));
        Assert.Equal("开始：提出问题", cut.Find("[data-testid=all-groups] [data-testid=advance-stage]").TextContent.Trim());
    }

    [Fact]
    public void Starting_from_the_all_groups_controls_submits_one_command_for_every_group()
    {
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        cut.Find("[data-testid=all-groups] [data-testid=advance-stage]").Click();

        var sent = Assert.Single(Workshop.SubmittedToAll);
        Assert.IsType<AdvanceStage>(sent.Command);
        Assert.Equal(Workshop.WorkshopId, sent.WorkshopId);
        Assert.Empty(Workshop.Submitted); // not board by board
    }

    [Fact]
    public void Locking_from_the_all_groups_controls_names_the_stage_most_groups_are_at()
    {
        Workshop.Open("problem");

        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        cut.Find("[data-testid=all-groups] [data-testid=lock-stage]").Click();

        Assert.Equal(new LockStage("problem"), Assert.Single(Workshop.SubmittedToAll).Command);
    }

    [Fact]
    public void After_the_end_the_last_stage_can_be_reopened_in_every_group_at_once()
    {
        // Rules ST4, W5: the all-groups controls are not empty once every stage is done
        foreach (var group in Workshop.Groups)
            foreach (var stage in group.Stages.ToList())
                group.SetStage(stage.Id, s => s with { Status = StageStatus.Done, OpenedAt = TestWorkshop.Start });

        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        cut.Find("[data-testid=all-groups] [data-testid=reopen-stage]").Click();

        Assert.Equal(new ReopenStage("summary"), Assert.Single(Workshop.SubmittedToAll).Command);
        Assert.Empty(cut.FindAll("[data-testid=all-groups] [data-testid=advance-stage]"));
    }

    [Fact]
    public void A_group_refusing_the_all_groups_command_shows_the_reason()
    {
        Workshop.Open("problem");
        Workshop.AnswerToAll = e => [new BoardAck(Workshop[2].BoardId, new CommandAck(e.OpId, 0, new Rejection(RejectionCode.StageNotOpen), null))];

        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        cut.Find("[data-testid=all-groups] [data-testid=lock-stage]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=error-message]").TextContent.Trim()));
    }

    [Fact]
    public void The_group_menu_runs_a_stage_action_for_that_group_only()
    {
        Workshop.Open("problem");
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);
        var cut = RenderConsole(session);

        Card(cut, 2).QuerySelector("[data-testid=group-menu]")!.Click();
        cut.Find("[data-group-number='2'] [data-testid=group-lock]").Click();

        var sent = Assert.Single(Workshop.Submitted);
        Assert.Equal(Workshop[2].BoardId, sent.BoardId);
        Assert.Equal(new LockStage("problem"), sent.Command);
        Assert.Empty(Workshop.SubmittedToAll);
    }

    [Fact]
    public void The_group_menu_reveals_a_groups_hidden_notes()
    {
        Workshop.Open("problem");
        Workshop[1].AddNote("不敢说的话", hidden: true);
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        Card(cut, 1).QuerySelector("[data-testid=group-menu]")!.Click();
        cut.Find("[data-group-number='1'] [data-testid=group-reveal-notes]").Click();

        Assert.Equal(new RevealNotes("problem"), Assert.Single(Workshop.Submitted).Command);
        Assert.Equal(Workshop[1].BoardId, Workshop.Submitted[0].BoardId);
    }

    [Fact]
    public void The_group_menu_reveals_a_groups_scores_in_a_rating_step() // rule R4
    {
        Workshop.Open("problem");
        Workshop[1].SetStage("problem", s => s with
        {
            Capabilities = StageCapabilities.Notes | StageCapabilities.Rating,
            Criteria = [new Core.Ratings.RatingCriterion("importance", new("重要性", "Importance"), 2)],
        });
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        Card(cut, 2).QuerySelector("[data-testid=group-menu]")!.Click();
        Assert.Empty(cut.FindAll("[data-group-number='2'] [data-testid=group-reveal-ratings]")); // group 2 does not rate
        Card(cut, 1).QuerySelector("[data-testid=group-menu]")!.Click();
        cut.Find("[data-group-number='1'] [data-testid=group-reveal-ratings]").Click();

        Assert.Equal(new Core.Ratings.RevealRatings("problem"), Assert.Single(Workshop.Submitted).Command);
        Assert.Equal(Workshop[1].BoardId, Workshop.Submitted[0].BoardId);
    }

    [Fact]
    public void Moving_a_participant_asks_the_server_to_move_them_to_the_chosen_group()
    {
        var li = Workshop.Join(1, "李明");
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        cut.Find($"[data-testid=console-participant][data-participant-id='{li.Id}'] [data-testid=move-menu]").Click();
        cut.Find($"[data-participant-id='{li.Id}'] [data-testid=move-participant][data-group-number='2']").Click();

        var move = Assert.Single(Workshop.Moves);
        Assert.Equal(li.Id, move.ParticipantId);
        Assert.Equal(Workshop[2].BoardId, move.ToBoardId);
    }

    [Fact]
    public void The_facilitator_removes_someone_only_after_confirming()
    {
        var li = Workshop.Join(1, "李明");
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        var row = $"[data-testid=console-participant][data-participant-id='{li.Id}']";

        cut.Find($"{row} [data-testid=remove-participant]").Click();
        Assert.Contains("李明", cut.Find($"{row} [data-testid=remove-confirm]").TextContent);
        Assert.Empty(Workshop.Removals); // nothing happens on the first tap
        cut.Find($"{row} [data-testid=remove-participant-no]").Click();
        Assert.Empty(cut.FindAll("[data-testid=remove-confirm]"));
        Assert.Empty(Workshop.Removals);

        cut.Find($"{row} [data-testid=remove-participant]").Click();
        cut.Find($"{row} [data-testid=remove-participant-yes]").Click();

        Assert.Equal(li.Id, Assert.Single(Workshop.Removals).ParticipantId);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=remove-confirm]")));
    }

    [Fact]
    public void A_refused_removal_shows_the_localised_reason()
    {
        var li = Workshop.Join(1, "李明");
        Workshop.AnswerRemove = r => new CommandAck(r.OpId, 0, new Rejection(RejectionCode.NotAllowed), null);
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        cut.Find($"[data-participant-id='{li.Id}'] [data-testid=remove-participant]").Click();
        cut.Find($"[data-participant-id='{li.Id}'] [data-testid=remove-participant-yes]").Click();

        cut.WaitForAssertion(() => Assert.Contains("没有权限", cut.Find("[data-testid=error-message]").TextContent));
    }

    [Fact]
    public void A_refused_move_shows_the_localised_reason()
    {
        var li = Workshop.Join(1, "李明");
        Workshop.AnswerMove = r => new CommandAck(r.OpId, 0, new Rejection(RejectionCode.NotAllowed), null);
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));

        cut.Find($"[data-participant-id='{li.Id}'] [data-testid=move-menu]").Click();
        cut.Find($"[data-participant-id='{li.Id}'] [data-testid=move-participant]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.Find("[data-testid=error-message]").TextContent.Trim()));
    }

    [Fact]
    public void An_observer_sees_every_group_but_no_controls()
    {
        Workshop.Open("problem");
        Workshop.Join(1, "李明");

        var cut = RenderConsole(Workshop.SessionFor(Workshop.Observer, Time));

        Assert.Equal(2, cut.FindAll("[data-testid=group-card]").Count);
        Assert.NotNull(cut.Find("[data-testid=read-only]"));
        Assert.Empty(cut.FindAll("[data-testid=all-groups]"));
        Assert.Empty(cut.FindAll("[data-testid=group-menu]"));
        Assert.Empty(cut.FindAll("[data-testid=move-menu]"));
        Assert.Empty(cut.FindAll("[data-testid=remove-participant]"));
        Assert.Empty(cut.FindAll("[data-testid=console-view-manage]"));
        Assert.Equal(["b/K7M2QX/g/1", "b/K7M2QX/g/2"], cut.FindAll("[data-testid=open-group]").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void A_running_timer_counts_down_in_server_time()
    {
        Workshop.Open("problem");
        Workshop[1].SetStage("problem", s => s with { Timer = new StageTimer(true, Workshop.ServerTime.AddMinutes(5), TimeSpan.FromMinutes(5)) });
        var cut = RenderConsole(Workshop.SessionFor(Workshop.Facilitator, Time));
        Assert.Equal("05:00", Stat(Card(cut, 1), "group-timer"));

        Time.Advance(TimeSpan.FromSeconds(61));

        cut.WaitForAssertion(() => Assert.Equal("03:59", Stat(Card(cut, 1), "group-timer")));
        Assert.Equal("10:00", Stat(Card(cut, 2), "group-timer")); // not started there: the stage's length
        Assert.Equal("idle", Card(cut, 2).QuerySelector("[data-testid=group-timer]")!.GetAttribute("data-state"));
    }
}
