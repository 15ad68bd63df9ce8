using System.Text.Json;
using Whiteboard.Client.Replay;
using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Tests.Replay;

/// <summary>The facilitator's replay of a board from its stored events (rule B4).</summary>
public class ReplayTests : ClientTestContext
{
    private readonly RecordedSession _session = new RecordedSession()
        .Advance().Note("会议太多", "problem", 100).Note("审批慢", "problem", 300).Reveal("problem")
        .Advance().Note("压缩例会", "plan", 100).Note("并联审批", "plan", 300).Note("流程公开", "plan", 500);

    private IRenderedComponent<ReplayView> RenderReplay() =>
        Render<ReplayView>(p => p.Add(v => v.Timeline, new ReplayTimeline(_session.BoardId, _session.Events)));

    private static string Json(BoardState state) => JsonSerializer.Serialize(BoardSnapshot.Of(state), WireJson.Options);

    private static int Position(IRenderedComponent<ReplayView> cut) => int.Parse(cut.Find("[data-testid=replay]").GetAttribute("data-position")!);

    [Fact]
    public void At_the_sliders_end_the_replay_equals_the_live_board()
    {
        var cut = RenderReplay();

        Assert.Equal(_session.Events.Count.ToString(), cut.Find("[data-testid=replay-slider]").GetAttribute("value"));
        Assert.Equal(Json(_session.Live), Json(cut.Instance.Board.State));
        Assert.Equal(["压缩例会", "并联审批", "流程公开"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
    }

    [Fact]
    public void An_earlier_position_shows_the_board_as_it_was_then_with_fewer_notes()
    {
        Time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        var cut = RenderReplay();

        cut.Find("[data-testid=replay-slider]").Input((_session.Events.Count - 2).ToString());

        Assert.Equal(["压缩例会"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
        Assert.Equal(3, cut.Instance.Board.State.Notes.Count);
        Assert.Equal("2025-03-01 09:09:00", cut.Find("[data-testid=replay-time]").TextContent); // the event's time, here
        Assert.Equal("添加了一张便签", cut.Find("[data-testid=replay-event]").TextContent);
    }

    [Fact]
    public void A_browser_abroad_shows_the_class_time_and_says_so()
    {
        // Rule W6: the report says 09:09 for this event; a remote participant in New York must not read 20:09
        Time.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        var cut = RenderReplay();

        cut.Find("[data-testid=replay-slider]").Input((_session.Events.Count - 2).ToString());

        Assert.Equal("2025-03-01 09:09:00 北京时间", cut.Find("[data-testid=replay-time]").TextContent);
    }

    [Fact]
    public void Jumping_to_a_stage_shows_the_board_where_that_stage_began()
    {
        var cut = RenderReplay();

        cut.Find("[data-testid=replay-stage-problem]").Click();

        Assert.Equal(_session.PositionWhereOpened("problem"), Position(cut));
        Assert.Empty(cut.FindAll("[data-testid=note]"));
        Assert.Equal("problem", cut.Find("[data-testid=board-canvas]").GetAttribute("data-stage-id"));
        Assert.Empty(cut.FindAll("[data-testid=replay-stage-action]")); // never opened: nowhere to jump
    }

    [Fact]
    public void Playing_steps_through_the_events_from_the_start_and_pausing_stops()
    {
        var cut = RenderReplay();

        cut.Find("[data-testid=replay-play]").Click();
        Assert.Equal(0, Position(cut));
        Time.Advance(ReplayView.Step);
        Time.Advance(ReplayView.Step);
        cut.WaitForAssertion(() => Assert.Equal(2, Position(cut)));

        cut.Find("[data-testid=replay-play]").Click();
        Time.Advance(ReplayView.Step * 3);

        Assert.Equal(2, Position(cut));
        Assert.Equal("false", cut.Find("[data-testid=replay-play]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void A_faster_speed_goes_through_more_events_in_the_same_time_also_while_playing()
    {
        var cut = RenderReplay();
        cut.Find("[data-testid=replay-play]").Click();
        Time.Advance(ReplayView.Step);
        cut.WaitForAssertion(() => Assert.Equal(1, Position(cut)));

        cut.Find("[data-testid=replay-speed]").Change("4");
        Time.Advance(ReplayView.Step);

        cut.WaitForAssertion(() => Assert.Equal(5, Position(cut)));
        Assert.Equal("true", cut.Find("[data-testid=replay-play]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void The_Action_stage_is_replayed_with_its_action_items_read_only()
    {
        _session.Advance().Do(new Whiteboard.Core.ActionItems.CreateActionItem(Guid.NewGuid(), "两周内拿出精简方案",
            new Whiteboard.Core.ActionItems.ActionOwner(_session.Trainee, null)), _session.Trainee);

        var cut = RenderReplay();

        Assert.Equal("两周内拿出精简方案", cut.Find("[data-testid=action-list] [data-testid=action-what-text]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=action-status], [data-testid=add-action], [data-testid=edit-action]"));
        cut.Find("[data-testid=replay-slider]").Input((_session.Events.Count - 1).ToString());
        Assert.Empty(cut.FindAll("[data-testid=action-item]"));
    }

    [Fact]
    public void The_replayed_board_offers_no_way_to_change_it()
    {
        var cut = RenderReplay();

        Assert.Empty(cut.FindAll("[data-testid=add-note], [data-testid=edit-note], [data-testid=delete-note], [data-testid=vote]"));
        Assert.Equal(Whiteboard.Core.Participants.ParticipantRole.Observer, cut.Instance.Board.Role);
    }
}
