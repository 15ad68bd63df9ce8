using Whiteboard.Client.Projector;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Projector;

public class ProjectorViewTests : WorkshopTestContext
{
    private IRenderedComponent<ProjectorView> RenderProjector(WorkshopSession session) =>
        Render<ProjectorView>(p => p.Add(c => c.Session, session).Add(c => c.Code, TestWorkshop.Code));

    [Fact]
    public void Before_the_start_it_shows_the_QR_code_the_code_and_who_has_joined()
    {
        Workshop.Join(1, "李明");
        Workshop.Join(2, "张伟", ParticipantLocation.Remote);
        Workshop.Join(2, "王芳");

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Equal("api/workshops/K7M2QX/qr.svg", cut.Find("img[data-testid=qr-code]").GetAttribute("src"));
        Assert.Equal("K7M2QX", cut.Find("[data-testid=join-code]").TextContent);
        Assert.EndsWith("/b/K7M2QX", cut.Find("[data-testid=join-address]").TextContent);
        Assert.Equal("3", cut.Find("[data-testid=joined-count]").GetAttribute("data-count"));
        Assert.Empty(cut.FindAll("[data-testid=projector-stage]"));
    }

    [Theory]
    [InlineData(ConnectionState.Connecting, null)]
    [InlineData(ConnectionState.Online, "online")]
    [InlineData(ConnectionState.Reconnecting, "reconnecting")]
    [InlineData(ConnectionState.Offline, "offline")]
    public void The_wall_speaks_of_the_connection_only_once_it_is_made_or_lost(ConnectionState state, string? shown)
    {
        var cut = Render<ProjectorView>(p => p.Add(c => c.Session, Workshop.SessionFor(Workshop.Facilitator, Time))
            .Add(c => c.Code, TestWorkshop.Code).Add(c => c.Status, state));

        Assert.Equal(shown, cut.FindAll("[data-testid=connection-status]").SingleOrDefault()?.GetAttribute("data-state"));
    }

    [Fact]
    public async Task The_count_of_who_has_joined_is_live()
    {
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);
        var cut = RenderProjector(session);
        Assert.Equal("0", cut.Find("[data-testid=joined-count]").GetAttribute("data-count"));

        var joined = new ParticipantJoined(Guid.NewGuid(), "赵强", ParticipantRole.Participant, ParticipantLocation.InRoom);
        await cut.InvokeAsync(() => session.Group(1)!.ReceiveAsync([Workshop.Event(Workshop[1].Seq + 1, joined)]));

        cut.WaitForAssertion(() => Assert.Equal("1", cut.Find("[data-testid=joined-count]").GetAttribute("data-count")));
    }

    [Fact]
    public void During_the_session_it_shows_the_stage_its_prompt_and_the_timer()
    {
        Workshop.Open("problem");
        foreach (var group in Workshop.Groups)
            group.SetStage("problem", s => s with { Timer = new StageTimer(true, Workshop.ServerTime.AddMinutes(10), TimeSpan.FromMinutes(10)) });

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Empty(cut.FindAll("[data-testid=qr-code]"));
        Assert.Equal("提出问题", cut.Find("[data-testid=stage-title]").TextContent);
        Assert.Equal(Workshop[1].Stages[0].Prompt.ZhCn, cut.Find("[data-testid=stage-prompt]").TextContent);
        Assert.Equal("10:00", cut.Find("[data-testid=timer]").TextContent);

        Time.Advance(TimeSpan.FromSeconds(90));

        cut.WaitForAssertion(() => Assert.Equal("08:30", cut.Find("[data-testid=timer]").TextContent));
    }

    [Fact]
    public void The_stage_is_shown_in_the_workshops_language()
    {
        Workshop.Language = BoardLanguage.En;
        Workshop.Open("plan");

        var cut = Render<ProjectorView>(p => p.Add(c => c.Session, Workshop.SessionFor(Workshop.Facilitator, Time))
            .Add(c => c.Code, TestWorkshop.Code).AddCascadingValue("UiLanguage", BoardLanguage.En));

        Assert.Equal("Plan", cut.Find("[data-testid=stage-title]").TextContent);
        Assert.Equal(Workshop[1].Stages[1].Prompt.En, cut.Find("[data-testid=stage-prompt]").TextContent);
    }

    [Fact]
    public void When_the_time_is_up_the_timer_shows_it_and_chimes()
    {
        Workshop.Open("problem");
        Workshop[1].SetStage("problem", s => s with { Timer = new StageTimer(true, Workshop.ServerTime.AddSeconds(5), TimeSpan.FromSeconds(5)) });
        var beep = JSInterop.SetupVoid("whiteboard.beep");
        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Time.Advance(TimeSpan.FromSeconds(6));

        cut.WaitForAssertion(() => Assert.Equal("ended", cut.Find("[data-testid=timer]").GetAttribute("data-state")));
        Assert.Equal("00:00", cut.Find("[data-testid=timer]").TextContent);
        Assert.Single(beep.Invocations);
    }

    [Fact]
    public void During_the_session_the_join_screen_can_be_shown_again_for_latecomers()
    {
        Workshop.Open("problem");
        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        cut.Find("[data-testid=toggle-join-screen]").Click();

        Assert.NotNull(cut.Find("[data-testid=qr-code]"));
        cut.Find("[data-testid=toggle-join-screen]").Click();
        Assert.NotNull(cut.Find("[data-testid=stage-title]"));
    }

    [Fact]
    public void Groups_show_how_many_are_done()
    {
        Workshop.Open("problem");
        var li = Workshop.Join(1, "李明");
        Workshop.Join(1, "张伟");
        Workshop[1].MarkDone("problem", li);

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Equal("1/2 完成", cut.Find("[data-testid=projector-group][data-group-number='1'] .group-state").TextContent);
    }

    [Fact]
    public async Task In_the_Action_stage_every_groups_plan_is_on_the_screen_as_it_is_agreed()
    {
        Workshop.Open("action");
        Workshop[1].AddAction("两周内拿出审批精简方案", "李明", new DateOnly(2025, 3, 15));
        Workshop[2].AddAction("建立问题台账", "赵处长");
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);

        var cut = RenderProjector(session);

        Assert.Equal(["两周内拿出审批精简方案", "建立问题台账"], cut.FindAll("[data-testid=projected-action] .what").Select(e => e.TextContent));
        Assert.Equal("李明 · 2025-03-15 前完成", cut.FindAll("[data-testid=projected-action] .who")[0].TextContent);
        Assert.Equal("赵处长 · 未定完成日期", cut.FindAll("[data-testid=projected-action] .who")[1].TextContent);
        Assert.Equal(["1", "2"], cut.FindAll("[data-testid=projected-action-group]").Select(g => g.GetAttribute("data-group-number")));

        await cut.InvokeAsync(() => session.Group(1)!.ReceiveAsync([Workshop.Event(Workshop[1].Seq + 1,
            new ActionItemCreated(Guid.NewGuid(), "action", null, "向分管领导汇报", null, "张伟", null), Workshop.Facilitator.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("3", cut.Find("[data-testid=projected-actions]").GetAttribute("data-count")));
        Assert.Equal("向分管领导汇报", cut.FindAll("[data-testid=projected-action-group][data-group-number='1'] .what")[1].TextContent);
    }

    [Fact]
    public void Before_the_Action_stage_no_plan_is_shown()
    {
        Workshop.Open("plan");
        Workshop[1].AddAction("两周内拿出审批精简方案", "李明");

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Empty(cut.FindAll("[data-testid=projected-actions]"));
    }

    [Fact]
    public void When_the_session_is_over_the_plan_stays_on_the_screen_and_says_how_many_more_there_are()
    {
        foreach (var group in Workshop.Groups)
        {
            foreach (var stage in group.Stages.ToList()) group.SetStage(stage.Id, s => s with { Status = StageStatus.Done });
            for (var i = 1; i <= 7; i++) group.AddAction($"第 {group.Number} 组的第 {i} 项", "李明");
        }

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        var finished = cut.Find("[data-testid=projector-finished]");
        Assert.Equal("14", finished.QuerySelector("[data-testid=projected-actions]")!.GetAttribute("data-count"));
        Assert.Equal(ProjectedActions.MaxShown, cut.FindAll("[data-testid=projected-action]").Count);
        Assert.Equal("还有 2 项，见控制台的“行动项”", cut.Find("[data-testid=projected-actions-more]").TextContent);
    }

    [Fact]
    public void In_the_Summary_stage_each_groups_summary_is_on_the_screen()
    {
        Workshop.Open("summary");
        Workshop[1].Summary = "聚焦审批流程过长。\n经验：问题要有台账。";
        Workshop[1].AddAction("两周内拿出审批精简方案", "李明");

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        var summaries = cut.FindAll("[data-testid=projected-summary]");
        Assert.Equal(["true", "false"], summaries.Select(s => s.GetAttribute("data-written")));
        Assert.Equal("聚焦审批流程过长。\n经验：问题要有台账。", summaries[0].QuerySelector(".summary")!.TextContent);
        Assert.Equal("还在写……", summaries[1].QuerySelector(".not-yet")!.TextContent);
        Assert.Empty(cut.FindAll("[data-testid=projected-actions]")); // the plan was on the screen in the Action stage
    }

    [Fact]
    public void A_stage_without_a_timer_shows_none()
    {
        Workshop.Open("summary"); // the template's Summary stage has no timer

        var cut = RenderProjector(Workshop.SessionFor(Workshop.Facilitator, Time));

        Assert.Empty(cut.FindAll("[data-testid=timer]"));
        Assert.NotNull(cut.Find("[data-testid=stage-title]"));
    }
}
