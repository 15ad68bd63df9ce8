using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Summaries;

namespace Whiteboard.Client.Tests.Summaries;

/// <summary>The Summary stage's summary (rule A7) and the Reflection stage's carried action items (rule A8).</summary>
public class SummaryTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "summary");

    [Fact]
    public void Saving_the_summary_sends_WriteSummary_with_what_was_typed()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=summary-editor]").Input("我们聚焦审批流程过长的问题。\n行动：三周内提出精简方案。");
        cut.Find("[data-testid=save-summary]").Click();

        var write = Assert.IsType<WriteSummary>(Assert.Single(_board.Submitted).Command);
        Assert.Equal("我们聚焦审批流程过长的问题。\n行动：三周内提出精简方案。", write.Text);
    }

    [Fact]
    public void The_editor_starts_from_the_saved_summary_and_says_it_is_saved()
    {
        _board.Summary = "已经写好的总结";
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        Assert.Equal("已经写好的总结", cut.Find("[data-testid=summary-editor]").GetAttribute("value"));
        Assert.Equal("true", cut.Find("[data-testid=summary-state]").GetAttribute("data-saved"));
        Assert.True(cut.Find("[data-testid=save-summary]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task Someone_elses_summary_does_not_overwrite_what_is_being_typed()
    {
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=summary-editor]").Input("我正在写的");

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new SummaryWritten("别人的版本"), _board.Colleague.Id)]));

        cut.WaitForElement("[data-testid=summary-changed]");
        Assert.Contains("别人的版本", cut.Find("[data-testid=summary-changed]").TextContent);
        Assert.Equal("", cut.Find("[data-testid=summary-editor]").GetAttribute("value")); // the textarea was not re-rendered
        Assert.False(cut.Find("[data-testid=save-summary]").HasAttribute("disabled"));
    }

    [Fact]
    public async Task An_untouched_editor_shows_the_summary_someone_else_saved()
    {
        var (cut, session) = RenderBoard(_board, _board.Trainee);

        await cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, new SummaryWritten("别人的版本"), _board.Colleague.Id)]));

        cut.WaitForAssertion(() => Assert.Equal("别人的版本", cut.Find("[data-testid=summary-editor]").GetAttribute("value")));
        Assert.Empty(cut.FindAll("[data-testid=summary-changed]"));
    }

    [Fact]
    public void Observers_read_the_saved_summary_without_an_editor()
    {
        _board.Summary = "本组的经验：先调研，后方案。";
        var (cut, _) = RenderBoard(_board, _board.Observer);

        Assert.Empty(cut.FindAll("[data-testid=summary-editor]"));
        Assert.Equal("本组的经验：先调研，后方案。", cut.Find("[data-testid=summary-text]").TextContent);
    }

    [Fact]
    public void Words_typed_before_a_reload_come_back()
    {
        var (first, _) = RenderBoard(_board, _board.Trainee);
        first.Find("[data-testid=summary-editor]").Input("还没保存的总结");

        var (second, _) = RenderBoard(_board, _board.Trainee);

        second.WaitForElement("[data-testid=summary-draft-restored]");
        Assert.Equal("还没保存的总结", second.Find("[data-testid=summary-editor]").GetAttribute("value"));
    }

    [Fact]
    public void The_Reflection_stage_shows_the_earlier_workshops_open_action_items_read_only()
    {
        var board = new TestBoard(openStage: "reflection");
        var carried = new CarriedAction(Guid.NewGuid(), 2, "精简审批流程", "李明", new DateOnly(2025, 2, 28), ActionStatus.Blocked, "财务处未回复");
        board.Carried.Add(carried);
        var (cut, _) = RenderBoard(board, board.Trainee);

        var item = cut.Find("[data-testid=carried-actions] [data-testid=carried-action]");
        Assert.Equal(carried.ActionItemId.ToString(), item.GetAttribute("data-action-id"));
        Assert.Contains("精简审批流程", item.TextContent);
        Assert.Contains("李明", item.TextContent);
        Assert.Contains("受阻", item.TextContent);
        Assert.Contains("财务处未回复", item.TextContent);
        Assert.Contains("第 2 组", item.TextContent);
        Assert.Empty(item.QuerySelectorAll("button, select, textarea, input"));
    }

    [Fact]
    public void Without_carried_items_the_Reflection_stage_shows_no_panel()
    {
        var (cut, _) = RenderBoard(new TestBoard(openStage: "reflection"), _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=carried-actions]"));
    }
}
