namespace Whiteboard.Client.Connection;

/// <summary>
/// The one wait before trying again, for everything this browser retries — connecting, joining, a command in the outbox,
/// an owner's follow-up update: none before the first retry, then one second, doubling, up to ten, with jitter so that a
/// classroom of tablets does not retry in step. Classroom Wi-Fi drops and comes back; nobody waits long for it.
/// </summary>
public static class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(10);

    /// <summary>The wait after <paramref name="failures"/> failures in a row; never more than 1.2 × <see cref="Longest"/>.</summary>
    public static TimeSpan Delay(long failures)
    {
        if (failures <= 0) return TimeSpan.Zero;
        var doubled = First * Math.Pow(2, Math.Min(failures - 1, 10));
        var step = doubled < Longest ? doubled : Longest;
        return step * (0.8 + 0.4 * Random.Shared.NextDouble());
    }
}
