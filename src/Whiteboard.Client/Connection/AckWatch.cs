namespace Whiteboard.Client.Connection;

/// <summary>
/// Waits for the events the server acknowledged: the broadcast that carries one may be lost (a backplane is at most once),
/// and the acknowledgement already says the board has reached that number, so after <paramref name="grace"/> a board still
/// short of it asks for what it missed.
/// </summary>
public sealed class AckWatch(TimeProvider time, TimeSpan grace, Func<long> confirmedSeq, Action catchUp)
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private long _awaited;

    /// <summary>The server applied a command as this sequence number.</summary>
    public void Expect(long seq)
    {
        lock (_gate)
        {
            if (seq <= _awaited) return;
            _awaited = seq;
            _timer ??= time.CreateTimer(_ => Check(), null, grace, Timeout.InfiniteTimeSpan);
        }
    }

    private void Check()
    {
        lock (_gate)
        {
            _timer?.Dispose();
            _timer = null;
            if (confirmedSeq() >= _awaited) return;
        }
        catchUp();
    }
}
