using Microsoft.Extensions.Logging;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.Tests.Background;

/// <summary>Work started without waiting for it never fails unseen.</summary>
public class BackgroundWorkTests
{
    private static readonly Lines Log = new();

    static BackgroundWorkTests() => BackgroundWork.UseLogger(Log);

    [Fact]
    public async Task A_failure_is_logged_with_what_was_being_done_and_shown_where_someone_waits()
    {
        var failing = new TaskCompletionSource();
        Exception? shown = null;

        BackgroundWork.Run(failing.Task, "keeping the outbox 1", e => shown = e);
        failing.SetException(new IOException("storage is full"));
        await Task.Yield();

        Assert.Contains(Log.Written, line => line.Contains("keeping the outbox 1") && line.Contains("storage is full"));
        Assert.IsType<IOException>(shown);
    }

    [Fact]
    public void Work_that_already_failed_is_observed_too()
    {
        Exception? shown = null;

        BackgroundWork.Run(Task.FromException(new InvalidOperationException("no server")), "rejoining 2", e => shown = e);

        Assert.Contains(Log.Written, line => line.Contains("rejoining 2"));
        Assert.IsType<InvalidOperationException>(shown);
    }

    [Fact]
    public async Task Work_that_succeeds_says_nothing()
    {
        var done = new TaskCompletionSource();
        var shown = false;

        BackgroundWork.Run(done.Task, "saving 3", _ => shown = true);
        BackgroundWork.Run(Task.CompletedTask, "saving 3", _ => shown = true);
        done.SetResult();
        await Task.Yield();

        Assert.False(shown);
        Assert.DoesNotContain(Log.Written, line => line.Contains("saving 3"));
    }

    private sealed class Lines : ILogger
    {
        private readonly List<string> _written = [];

        public IReadOnlyList<string> Written
        {
            get { lock (_written) return [.. _written]; }
        }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_written) _written.Add($"{logLevel} {formatter(state, exception)} {exception?.Message}");
        }
    }
}
