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

    /// <summary>
    /// Waits until an asynchronous check holds, trying every 100 ms; fails after <paramref name="patience"/>, by default
    /// <see cref="BoardClient.Patience"/>.
    /// </summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? BoardClient.Patience);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (!await condition()) await tick.WaitForNextTickAsync(timeout.Token);
    }
}
