using System.Net;
using System.Text.Json;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Replay;
using Whiteboard.Client.Reports;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Tests.Replay;

/// <summary>The facilitator's replay of a board from its stored events (issue 6).</summary>
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
    public void At_The_Sliders_End_The_Replay_Equals_The_Live_Board()
    {
        var cut = RenderReplay();

        Assert.Equal(_session.Events.Count.ToString(), cut.Find("[data-testid=replay-slider]").GetAttribute("value"));
        Assert.Equal(Json(_session.Live), Json(cut.Instance.Board.State));
        Assert.Equal(["压缩例会", "并联审批", "流程公开"], cut.FindAll("[data-testid=note-text]").Select(n => n.TextContent));
    }

    [Fact]
    public void An_Earlier_Position_Shows_The_Board_As_It_Was_Then_With_Fewer_Notes()
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
    public void Jumping_To_A_Stage_Shows_The_Board_Where_That_Stage_Began()
    {
        var cut = RenderReplay();

        cut.Find("[data-testid=replay-stage-problem]").Click();

        Assert.Equal(_session.PositionWhereOpened("problem"), Position(cut));
        Assert.Empty(cut.FindAll("[data-testid=note]"));
        Assert.Equal("problem", cut.Find("[data-testid=board-canvas]").GetAttribute("data-stage-id"));
        Assert.Empty(cut.FindAll("[data-testid=replay-stage-action]")); // never opened: nowhere to jump
    }

    [Fact]
    public void Playing_Steps_Through_The_Events_From_The_Start_And_Pausing_Stops()
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
    public void The_Action_Stage_Is_Replayed_With_Its_Action_Items_Read_Only()
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
    public void The_Replayed_Board_Offers_No_Way_To_Change_It()
    {
        var cut = RenderReplay();

        Assert.Empty(cut.FindAll("[data-testid=add-note], [data-testid=edit-note], [data-testid=delete-note], [data-testid=vote]"));
        Assert.Equal(Whiteboard.Core.Participants.ParticipantRole.Observer, cut.Instance.Board.Role);
    }
}

/// <summary>The replay page: the group's whole history, page by page, with the facilitator secret this browser keeps.</summary>
public class ReplayPageTests : WorkshopTestContext
{
    private readonly RecordedSession _session = new RecordedSession().Advance().Note("会议太多", "problem", 100).Note("审批慢", "problem", 300);

    public ReplayPageTests()
    {
        JSInterop.Setup<Blazor.Diagrams.Core.Geometry.Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true)
            .SetResult(new Blazor.Diagrams.Core.Geometry.Rectangle(0, 0, 1000, 600));
    }

    private WorkshopSummary Summary => new(Workshop.WorkshopId, TestWorkshop.Code, "处级干部进修班", BoardLanguage.ZhCn,
        Core.Workshops.WorkshopTemplate.ActionLearning, [new GroupSummary(Guid.NewGuid(), 1, 2, 0, null), new GroupSummary(_session.BoardId, 2, 2, 2, "problem")]);

    [Fact]
    public void Every_Page_Of_The_Groups_History_Is_Fetched_With_The_Secret_And_Replayed()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        var events = _session.Events;
        Http.Answer = request => request.RequestUri!.AbsolutePath.EndsWith("/history")
            ? StubHttpHandler.Json(request.RequestUri.Query == "?after=0"
                ? new CatchUpResult(events.Take(4).ToList(), true)
                : new CatchUpResult(events.Skip(4).ToList(), false))
            : StubHttpHandler.Json(Summary);

        var cut = Render<ReplayPage>(p => p.Add(c => c.Code, "k7m2qx").Add(c => c.GroupNumber, 2));

        cut.WaitForAssertion(() => Assert.Equal(events.Count.ToString(), cut.Find("[data-testid=replay]").GetAttribute("data-end")));
        var history = Http.Requests.Where(r => r.Request.RequestUri!.AbsolutePath.EndsWith("/history")).Select(r => r.Request).ToList();
        Assert.Equal([$"?after=0", $"?after={events[3].Seq}"], history.Select(r => r.RequestUri!.Query));
        Assert.All(history, r => Assert.Equal(["f-secret"], r.Headers.GetValues("X-Facilitator-Secret")));
        Assert.Equal($"/api/workshops/K7M2QX/boards/{_session.BoardId}/history", history[0].RequestUri!.AbsolutePath);
        Assert.Equal(2, cut.FindAll("[data-testid=note]").Count);
    }

    [Fact]
    public void A_Browser_That_Is_Not_The_Facilitators_Is_Told_So()
    {
        var cut = Render<ReplayPage>(p => p.Add(c => c.Code, "K7M2QX").Add(c => c.GroupNumber, 1));

        cut.WaitForAssertion(() => Assert.Contains("不是班次 K7M2QX 的促进师浏览器", cut.Find("[data-testid=error-message]").TextContent));
        Assert.Empty(Http.Requests);
    }
}
