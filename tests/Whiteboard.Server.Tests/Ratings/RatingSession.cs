using System.Net.Http.Json;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Stages;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Ratings;

/// <summary>
/// A one-group workshop made from the decision-matrix flow, its facilitator in and the board on its rating step
/// (<see cref="ScoreStep"/>), with one revealed option of Alice's on it.
/// </summary>
internal sealed record RatingSession(CreateWorkshopResponse Workshop, BoardClient Facilitator, BoardClient Alice, BoardClient Bob, Guid Option)
{
    public const string CriteriaStep = "criteria";
    public const string ScoreStep = "score";

    public static async Task<RatingSession> StartAsync(TestApp app)
    {
        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "决策矩阵", language = "zh-CN", groups = 1, flow = "decision-matrix" });
        var workshop = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var facilitator = await app.JoinAsync(workshop.Code, "张老师", facilitatorSecret: SecretOf(workshop.FacilitatorUrl));
        var alice = await app.JoinAsync(workshop.Code, "王芳");
        var bob = await app.JoinAsync(workshop.Code, "李强");
        Assert.True((await facilitator.SubmitAsync(new AdvanceStage())).Accepted);
        Assert.True((await facilitator.SubmitAsync(new AdvanceStage())).Accepted);
        var option = Guid.NewGuid();
        Assert.True((await alice.SubmitAsync(new AddNote(option, ScoreStep, "先做试点", NoteColor.Yellow, 100, 100))).Accepted);
        Assert.True((await facilitator.SubmitAsync(new RevealNotes(ScoreStep))).Accepted);
        return new RatingSession(workshop, facilitator, alice, bob, option);
    }

    public string FacilitatorSecret => SecretOf(Workshop.FacilitatorUrl);
}
