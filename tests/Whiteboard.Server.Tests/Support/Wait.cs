namespace Whiteboard.Server.Tests.Support;

public static class Wait
{
    /// <summary>Waits until a condition holds, checking every 20 ms; fails after <see cref="BoardClient.Patience"/>.</summary>
    public static async Task Until(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(BoardClient.Patience);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        while (!condition()) await tick.WaitForNextTickAsync(timeout.Token);
    }
}
