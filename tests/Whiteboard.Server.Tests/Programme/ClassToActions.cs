using System.Net;
using System.Net.Http.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Stages;

namespace Whiteboard.Server.Tests.Programme;

/// <summary>
/// A one-group action-learning class run through the hub to its Action stage, the way a class runs it: its trainees join
/// (in the room or remote), the facilitator moves on step by step, and action items are made for trainees by name.
/// </summary>
internal sealed class ClassToActions : IAsyncDisposable
{
    private readonly List<BoardClient> clients = [];

    public required CreateWorkshopResponse Workshop { get; init; }
    public required BoardClient Facilitator { get; init; }
    public Dictionary<string, BoardClient> Trainees { get; } = [];

    /// <summary>
    /// Creates the workshop (with a facilitator link when given one), joins everyone (each with the unit they say, if any)
    /// and opens the Action stage.
    /// </summary>
    public static async Task<ClassToActions> RunAsync(TestApp app, string title, string? facilitatorLink,
        params (string Name, ParticipantLocation Location, string? Unit)[] trainees)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/workshops")
        {
            Content = JsonContent.Create(new { title, language = "zh-CN", template = "ActionLearning", groups = 1 }),
        };
        if (facilitatorLink is not null) request.Headers.Add(CredentialHeaders.FacilitatorLink, facilitatorLink.Split("#key=")[1]);
        var response = await app.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var workshop = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        var session = new ClassToActions
        {
            Workshop = workshop,
            Facilitator = await app.JoinAsync(workshop.Code, "张老师", facilitatorSecret: TestApp.SecretOf(workshop.FacilitatorUrl)),
        };
        session.clients.Add(session.Facilitator);
        foreach (var (name, location, unit) in trainees)
        {
            var client = new BoardClient(app.NewConnection());
            session.clients.Add(client);
            await client.StartAsync();
            var joined = await client.JoinAsync(new JoinRequest(workshop.Code, name, location, Unit: unit));
            Assert.Null(joined.Rejection);
            session.Trainees[name] = client;
        }
        for (var step = 0; step < 3; step++) // Problem, Plan, Action
            await session.Facilitator.WaitForSeqAsync((await session.Facilitator.SubmitAsync(new AdvanceStage())).Seq);
        Assert.Equal(StageKind.Action, session.Facilitator.State.CurrentStage?.Kind);
        return session;
    }

    /// <summary>The facilitator makes an item for a trainee (or a name typed in free text); its id.</summary>
    public async Task<Guid> MakeAsync(string owner, DateOnly? due = null)
    {
        var id = Guid.NewGuid();
        var ownedBy = Trainees.TryGetValue(owner, out var trainee) ? new ActionOwner(trainee.Joined!.ParticipantId, null) : new ActionOwner(null, owner);
        var ack = await Facilitator.SubmitAsync(new CreateActionItem(id, $"{owner} 的行动", ownedBy, due));
        Assert.Null(ack.Rejection);
        await Facilitator.WaitForSeqAsync(ack.Seq);
        return id;
    }

    /// <summary>The facilitator reports how an item stands (rule A4).</summary>
    public async Task ReportAsync(Guid item, ActionStatus status)
    {
        var ack = await Facilitator.SubmitAsync(new UpdateActionProgress(item, status));
        Assert.Null(ack.Rejection);
        await Facilitator.WaitForSeqAsync(ack.Seq);
    }

    public string FollowUpToken(string trainee) => Trainees[trainee].Joined!.FollowUpToken!;

    /// <summary>An owner's report through their follow-up link, as the follow-up page sends it (rule A4).</summary>
    public static HttpRequestMessage Report(string token, Guid item, ActionStatus status, string progress = "") =>
        new(HttpMethod.Post, $"/api/followup/items/{item}")
        {
            Headers = { { CredentialHeaders.FollowUpToken, token } },
            Content = JsonContent.Create(new FollowUpUpdate(Guid.NewGuid(), status, progress), options: WireJson.Options),
        };

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients) await client.DisposeAsync();
    }
}
