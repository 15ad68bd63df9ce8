using System.Net;
using System.Text.Json;
using Whiteboard.Client.Home;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.Flows;

/// <summary>Rule F4: the facilitator shapes a flow of their own before the workshop, keeps it, and the workshop runs it.</summary>
public class FlowDesignerTests : WorkshopTestContext
{
    private static readonly CreateWorkshopResponse Created = new(Guid.NewGuid(), "K7M2QX", "http://wb.test/b/K7M2QX",
        "http://wb.test/b/K7M2QX#facilitator=f-secret", "http://wb.test/b/K7M2QX#observer=o-secret", [new GroupInfo(Guid.NewGuid(), 1)]);

    private IRenderedComponent<HomePage> DesigningFishbone()
    {
        Http.Answer = _ => StubHttpHandler.Json(Created, HttpStatusCode.Created);
        var cut = Render<HomePage>();
        cut.Find("[data-testid=new-workshop-title]").Input("审批提速");
        cut.Find("[data-testid=new-workshop-flow]").Change("fishbone");
        cut.Find("[data-testid=design-flow]").Click();
        return cut;
    }

    private static string[] StepTitles(IRenderedComponent<HomePage> cut) =>
        [.. cut.FindAll("[data-testid=designer-step-title]").Select(i => i.GetAttribute("value")!)];

    [Fact]
    public void A_library_flow_changed_step_by_step_is_sent_whole_and_runs_as_designed()
    {
        var cut = DesigningFishbone();
        var library = FlowLibrary.Find("fishbone")!;
        Assert.Equal(library.Steps.Select(s => s.Stage.Title.ZhCn), StepTitles(cut));

        cut.FindAll("[data-testid=designer-step-down]")[0].Click(); // the head after the causes
        cut.FindAll("[data-testid=designer-step-remove]")[^1].Click();
        cut.Find("[data-testid=designer-add-step]").Click();
        cut.FindAll("[data-testid=designer-step-title]")[^1].Change("提问澄清");
        cut.FindAll("[data-testid=designer-step-minutes]")[^1].Change("25");
        cut.FindAll("[data-testid=designer-step-layout]")[^1].Change("Columns");
        cut.FindAll("[data-testid=designer-zone]")[^1].Change("谁负责");
        cut.Find("[data-testid=create-workshop]").Click();

        cut.WaitForElement("[data-testid=created-workshop]");
        var (_, body) = Assert.Single(Http.Requests);
        var sent = JsonSerializer.Deserialize<CreateWorkshopRequest>(body, WireJson.Options)!;
        Assert.Null(sent.Flow);
        var design = sent.Design!;
        Assert.Null(FlowRules.Check(design));
        Assert.StartsWith("my-", design.Id);
        Assert.Equal([library.Steps[1].Stage.Id, library.Steps[0].Stage.Id, .. library.Steps.Skip(2).SkipLast(1).Select(s => s.Stage.Id), "step-4"],
            design.Steps.Select(s => s.Stage.Id));
        var added = design.Steps[^1].Stage;
        Assert.Equal(new LocalizedText("提问澄清", "提问澄清"), added.Title); // written in Chinese only: the same words in English
        Assert.Equal(25 * 60, added.Settings.TimerSeconds);
        Assert.Equal(["栏 1", "栏 2", "谁负责"], added.Layout!.Zones.Select(z => z.Label.ZhCn));
    }

    [Fact]
    public void A_design_saved_as_my_own_is_offered_next_time_and_runs_without_the_designer()
    {
        var cut = DesigningFishbone();
        cut.Find("[data-testid=designer-flow-title]").Change("我的鱼骨图");
        cut.Find("[data-testid=designer-save]").Click();
        Assert.NotNull(cut.Find("[data-testid=designer-saved]"));

        var again = Render<HomePage>();
        var mine = again.Find("[data-testid=my-flows] option");
        Assert.Equal("我的鱼骨图", mine.TextContent);
        again.Find("[data-testid=new-workshop-title]").Input("第二期");
        again.Find("[data-testid=new-workshop-flow]").Change(mine.GetAttribute("value")!);
        again.Find("[data-testid=create-workshop]").Click();

        again.WaitForElement("[data-testid=created-workshop]");
        var sent = JsonSerializer.Deserialize<CreateWorkshopRequest>(Http.Requests.Last().Body, WireJson.Options)!;
        Assert.Equal("我的鱼骨图", sent.Design!.Title.ZhCn);
        Assert.Equal(FlowLibrary.Find("fishbone")!.Steps.Count, sent.Design.Steps.Count);
    }

    [Fact]
    public void A_design_that_cannot_run_says_why_and_sends_nothing()
    {
        var cut = DesigningFishbone();

        cut.FindAll("[data-testid=designer-step-title]")[0].Change("   ");
        cut.Find("[data-testid=create-workshop]").Click();

        Assert.Contains("这个流程无法使用", cut.Find("[data-testid=flow-designer] .error-message").TextContent);
        Assert.True(cut.Find("[data-testid=designer-export]").HasAttribute("disabled"));
        Assert.Empty(Http.Requests);
    }
}
