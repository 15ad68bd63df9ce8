using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Bench.Clients;

/// <summary>Joining a workshop or quick board over the hub, as a browser does; a refusal stops the bench.</summary>
public static class Joining
{
    public static async Task<Joined> JoinAsync(HubConnection connection, JoinRequest request)
    {
        await connection.StartAsync();
        var joined = await connection.InvokeAsync<Joined>(BoardHubMethods.Join, request);
        if (joined.Rejection is not null || joined.Boards.Count == 0)
            throw new InvalidOperationException($"Join refused: {joined.Rejection?.Code} {joined.Message}");
        return joined;
    }
}

/// <summary>The parts of <see cref="JoinResult"/> the bench needs; the snapshots' contents are skipped.</summary>
public sealed record Joined(Rejection? Rejection, string? Message, Guid ParticipantId, JoinedWorkshop? Workshop, IReadOnlyList<JoinedBoard> Boards);

public sealed record JoinedWorkshop(Guid WorkshopId);

public sealed record JoinedBoard(Guid BoardId);
