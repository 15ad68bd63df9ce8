namespace Whiteboard.Bench.Measuring;

/// <summary>
/// One command in flight: when it was sent, when its acknowledgement came back, and when the last of its receivers got
/// its event (Stopwatch timestamps, all taken in this one process).
/// </summary>
public sealed class Probe(int sender, int receivers, long sentAt)
{
    private int _remaining = receivers;

    public int Sender { get; } = sender;
    public long SentAt { get; } = sentAt;
    public long AckAt { get; private set; }
    public long LastArrivalAt { get; private set; }
    public bool Rejected { get; private set; }
    public bool Failed { get; private set; }
    public bool Delivered => Volatile.Read(ref _remaining) <= 0;

    /// <summary>One receiver (not the sender) got the event; the one that completes the set stamps the time.</summary>
    public void Arrived(long at)
    {
        if (Interlocked.Decrement(ref _remaining) == 0) LastArrivalAt = at;
    }

    public void Acknowledged(long at, bool accepted)
    {
        AckAt = at;
        Rejected = !accepted;
    }

    public void Fail() => Failed = true;
}
