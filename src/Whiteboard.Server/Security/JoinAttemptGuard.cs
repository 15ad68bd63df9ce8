using System.Collections.Concurrent;

namespace Whiteboard.Server.Security;

/// <summary>
/// Rule S4: limits failed join-code lookups per client address, so codes cannot be guessed fast. Only failures count:
/// a classroom of sixty tablets behind one address joins freely.
/// </summary>
public sealed class JoinAttemptGuard(TimeProvider time)
{
    public const int MaxFailures = 30;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _failures = new();

    public bool IsBlocked(string? address)
    {
        if (!_failures.TryGetValue(address ?? "", out var failures)) return false;
        lock (failures)
        {
            Expire(failures);
            if (failures.Count == 0) _failures.TryRemove(new(address ?? "", failures)); // forget addresses that behave
            return failures.Count >= MaxFailures;
        }
    }

    public void RecordFailure(string? address)
    {
        var failures = _failures.GetOrAdd(address ?? "", _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Expire(failures);
            failures.Enqueue(time.GetUtcNow());
        }
    }

    private void Expire(Queue<DateTimeOffset> failures)
    {
        var cutoff = time.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() <= cutoff) failures.Dequeue();
    }
}
