namespace Whiteboard.Client.Connection;

/// <summary>
/// The server's time as this browser estimates it (rule ST8): every device shows timers from the same clock, whatever its
/// own clock says. The offset is taken at each join; the network delay it includes is a fraction of a second.
/// </summary>
public sealed class ServerClock(TimeProvider time)
{
    private TimeSpan _offset;

    public DateTimeOffset Now => time.GetUtcNow() + _offset;

    public void Sync(DateTimeOffset serverTime) => _offset = serverTime - time.GetUtcNow();
}
