using System.Collections.Concurrent;
using System.Net;

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
        var key = Key(address);
        if (!_failures.TryGetValue(key, out var failures)) return false;
        lock (failures)
        {
            Expire(failures);
            if (failures.Count == 0) _failures.TryRemove(new(key, failures)); // forget addresses that behave
            return failures.Count >= MaxFailures;
        }
    }

    public void RecordFailure(string? address)
    {
        var failures = _failures.GetOrAdd(Key(address), _ => new Queue<DateTimeOffset>());
        lock (failures)
        {
            Expire(failures);
            failures.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>
    /// Who is counted: an IPv4 address as it is, an IPv6 one by its /64 network — one home or office line is given a whole
    /// /64, and a guesser could otherwise take a fresh address for every try.
    /// </summary>
    public static string Key(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip)) return address ?? "";
        if (ip.IsIPv4MappedToIPv6) return ip.MapToIPv4().ToString();
        if (ip.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return ip.ToString();
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }

    private void Expire(Queue<DateTimeOffset> failures)
    {
        var cutoff = time.GetUtcNow() - Window;
        while (failures.Count > 0 && failures.Peek() <= cutoff) failures.Dequeue();
    }
}
