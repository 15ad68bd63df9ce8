namespace Whiteboard.Client.Connection;

/// <summary>
/// How long the outbox waits before trying again after a failed send or a "temporarily unavailable" answer: from one
/// second, doubling, up to half a minute, with jitter so that a classroom of tablets does not retry in step.
/// </summary>
public static class OutboxBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    /// <summary>The wait after <paramref name="failures"/> failures in a row (at least one); never more than 1.2 × <see cref="Longest"/>.</summary>
    public static TimeSpan Delay(int failures)
    {
        var doubled = First * Math.Pow(2, Math.Clamp(failures - 1, 0, 10));
        var step = doubled < Longest ? doubled : Longest;
        return step * (0.8 + 0.4 * Random.Shared.NextDouble());
    }
}
