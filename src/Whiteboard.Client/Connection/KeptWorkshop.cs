using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// The last known state of a workshop as this browser keeps it: the join (who I am, the workshop, each board as the
/// server's events made it) and when it was kept, by the device's clock, so that the server's time can be estimated again.
/// </summary>
public sealed record KeptWorkshop(JoinResult Joined, DateTimeOffset KeptAt)
{
    /// <summary>The join as it would look now: the server's time moved on as the device's did.</summary>
    public JoinResult JoinedAsOf(DateTimeOffset now) => Joined with { ServerTime = Joined.ServerTime + (now - KeptAt) };
}
