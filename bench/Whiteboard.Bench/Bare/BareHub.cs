using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Whiteboard.Bench.Bare;

/// <summary>
/// The baseline: a SignalR group broadcast and nothing else — no deciding, no storing, no ordering, no projection. It
/// answers after the broadcast, as our hub acknowledges after broadcasting.
/// </summary>
public sealed class BareHub : Hub
{
    public const string Path = "/hubs/bare";
    private static long _sent;

    public Task Join(Guid group) => Groups.AddToGroupAsync(Context.ConnectionId, group.ToString());

    public async Task<long> Broadcast(Guid group, JsonElement envelope)
    {
        await Clients.Group(group.ToString()).SendAsync("EventsAppended", group, new[] { envelope });
        return Interlocked.Increment(ref _sent);
    }
}
