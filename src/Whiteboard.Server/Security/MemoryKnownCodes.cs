using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Whiteboard.Server.Security;

/// <summary>Known codes in this process: one node holds every connection (embedded mode).</summary>
public sealed class MemoryKnownCodes(IOptions<LimitOptions> options, TimeProvider time) : IKnownCodes
{
    private readonly ConcurrentDictionary<(string Address, string Code), DateTimeOffset> _until = new();
    private int _writes;

    public Task<bool> IsKnownAsync(string address, string code) =>
        Task.FromResult(_until.TryGetValue((address, code), out var until) && until > time.GetUtcNow());

    public Task RememberAsync(string address, string code)
    {
        var now = time.GetUtcNow();
        _until[(address, code)] = now + TimeSpan.FromHours(options.Value.KnownCodeHours);
        if (Interlocked.Increment(ref _writes) % 1024 == 0)
            foreach (var (key, until) in _until)
                if (until <= now) _until.TryRemove(new(key, until)); // a server that runs for months forgets old classrooms
        return Task.CompletedTask;
    }
}
