using System.Net;
using System.Text;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Tests.Flows;

/// <summary>Rule F3 on the board: the facilitator sees the guide to the stage on screen; trainees never ask for it.</summary>
public class FacilitatorGuideTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "plan");

    public FacilitatorGuideTests()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        Http.Answer = request => request.RequestUri!.AbsolutePath == "/api/workshops/K7M2QX/flow"
            && request.Headers.TryGetValues(CredentialHeaders.FacilitatorSecret, out var secret) && secret.Single() == "f-secret"
            ? new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(FlowJson.Write(FlowLibrary.Find(FlowLibrary.ActionLearning)!), Encoding.UTF8, "application/json"),
            }
            : StubHttpHandler.Json(new ApiError(RejectionCode.InvalidFacilitatorSecret, "words"), HttpStatusCode.Forbidden);
    }

    [Fact]
    public void The_facilitator_sees_the_guide_to_the_stage_on_screen_folded_until_opened()
    {
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.WaitForAssertion(() => Assert.Equal("计划", cut.Find("[data-testid=guide-step]").TextContent));
        Assert.Contains("针对选定的问题提出尽可能多的做法", cut.Find("[data-testid=guide-goal]").TextContent);
        Assert.StartsWith("“我们选定的问题是", cut.Find("[data-testid=guide-script]").TextContent);
        Assert.False(cut.Find("[data-testid=facilitator-guide]").HasAttribute("open"));
        Assert.Single(Http.Requests);
    }

    [Fact]
    public void The_flow_is_asked_once_however_often_the_board_changes()
    {
        var (cut, session) = RenderBoard(_board, _board.Facilitator);
        cut.WaitForElement("[data-testid=facilitator-guide]");

        for (var seq = 4; seq < 9; seq++)
            cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(seq, TestBoard.Added(Guid.NewGuid(), $"便签{seq}", stageId: "plan"), _board.Trainee.Id)]));

        Assert.Single(Http.Requests);
    }

    [Fact]
    public void A_trainee_gets_no_guide_and_asks_for_none()
    {
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Assert.Empty(cut.FindAll("[data-testid=facilitator-guide]"));
        Assert.Empty(Http.Requests);
    }

    [Fact]
    public void A_quick_board_has_no_guide_and_is_not_asked_again()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.FlowNotFound, "words"), HttpStatusCode.NotFound);
        var (cut, session) = RenderBoard(_board, _board.Facilitator);
        cut.WaitForAssertion(() => Assert.Single(Http.Requests));

        cut.InvokeAsync(() => session.ReceiveAsync([_board.Event(4, TestBoard.Added(Guid.NewGuid(), "便签", stageId: "plan"), _board.Trainee.Id)]));

        Assert.Empty(cut.FindAll("[data-testid=facilitator-guide]"));
        Assert.Single(Http.Requests);
    }

    [Fact]
    public void A_step_added_on_another_device_is_guided_after_asking_for_the_flow_once_more()
    {
        var classic = FlowLibrary.Find(FlowLibrary.ActionLearning)!;
        var added = FlowDesign.NewStep(classic.Steps) with { Guide = classic.Steps[0].Guide with { Script = new("先画鱼骨。", "Draw the bones.") } };
        var revised = classic with { Steps = [classic.Steps[0], classic.Steps[1], added, .. classic.Steps.Skip(2)] };
        var served = classic;
        Http.Answer = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(FlowJson.Write(served), Encoding.UTF8, "application/json") };
        var (cut, session) = RenderBoard(_board, _board.Facilitator);
        cut.WaitForAssertion(() => Assert.Equal("计划", cut.Find("[data-testid=guide-step]").TextContent));

        // Another facilitator device revised the flow (rule F5); this board gets the steps, then moves into the new one.
        served = revised;
        cut.InvokeAsync(() => session.ReceiveAsync([
            _board.Event(4, new StepsRevised(FlowRevision.StepsOf(revised))),
            _board.Event(5, new StageAdvanced("plan", added.Stage.Id)),
        ]));

        cut.WaitForAssertion(() => Assert.Equal("先画鱼骨。", cut.Find("[data-testid=guide-script]").TextContent));
        Assert.Equal(2, Http.Requests.Count);
    }
}
