using System.Threading.RateLimiting;
using Microsoft.AspNetCore.SignalR;

namespace Whiteboard.Server.Boards;

/// <summary>
/// What the server keeps for one hub connection, in one object set once as it connects (a feature of the connection): who
/// joined on it, its call budget, its drag relay, whether it made a new person. One plain object rather than SignalR's
/// per-connection item dictionary, which is a concurrent dictionary each connection would hold for its whole life.
/// </summary>
public sealed class ConnectionSlots(TokenBucketRateLimiter calls)
{
    private volatile ConnectionMember? _member;

    /// <summary>The hub call budget (<see cref="HubCallLimits"/>).</summary>
    public TokenBucketRateLimiter Calls => calls;

    /// <summary>Who joined on this connection, null before a join and after leaving.</summary>
    public ConnectionMember? Member
    {
        get => _member;
        set => _member = value;
    }

    /// <summary>The connection's drag previews, made on its first drag.</summary>
    public DragRelay? Drags { get; set; }

    /// <summary>Whether a join on this connection made a new person (one per connection).</summary>
    public bool CreatedPerson { get; set; }

    /// <summary>Set while the connection is opening, before any hub call can run on it.</summary>
    public static void Open(HubCallerContext context, ConnectionSlots slots) => context.Features.Set(slots);

    public static ConnectionSlots? Of(HubCallerContext context) => context.Features.Get<ConnectionSlots>();
}
