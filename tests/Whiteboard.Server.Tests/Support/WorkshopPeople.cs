using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Server.Tests.Support;

/// <summary>A workshop under test with its facilitator connected: the starting point of the session tests.</summary>
public sealed record WorkshopPeople(CreateWorkshopResponse Workshop, BoardClient Facilitator)
{
    public string FacilitatorSecret => Workshop.FacilitatorUrl.Split("#facilitator=")[1];
    public string ObserverSecret => Workshop.ObserverUrl.Split("#observer=")[1];

    public static async Task<WorkshopPeople> StartAsync(TestApp app, int groups = 2)
    {
        var workshop = await app.CreateWorkshopAsync(groups);
        var facilitator = await app.JoinAsync(workshop.Code, "张老师", facilitatorSecret: workshop.FacilitatorUrl.Split("#facilitator=")[1]);
        return new WorkshopPeople(workshop, facilitator);
    }

    /// <summary>A participant joined on a connection of their own; their board is <see cref="BoardClient.BoardId"/>.</summary>
    public static Task<BoardClient> JoinAsync(TestApp app, WorkshopPeople people, string name) => app.JoinAsync(people.Workshop.Code, name);
}
