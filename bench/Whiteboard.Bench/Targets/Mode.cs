namespace Whiteboard.Bench.Targets;

/// <summary>What the clients talk to.</summary>
public enum Mode
{
    /// <summary>The baseline: a bare SignalR group broadcast, no storage.</summary>
    Bare,
    /// <summary>One server process with the embedded SQLite store (the default deployment).</summary>
    Embedded,
    /// <summary>One server process with Redis for state, presence and the SignalR backplane.</summary>
    Redis,
    /// <summary>Two server processes sharing one Redis; participants alternate between them.</summary>
    Redis2,
}

public static class Modes
{
    public static string Label(this Mode mode) => mode switch
    {
        Mode.Bare => "bare SignalR",
        Mode.Embedded => "embedded (SQLite)",
        Mode.Redis => "Redis, 1 node",
        Mode.Redis2 => "Redis, 2 nodes",
        _ => mode.ToString(),
    };

    public static Mode Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "bare" => Mode.Bare,
        "embedded" or "sqlite" => Mode.Embedded,
        "redis" or "redis1" => Mode.Redis,
        "redis2" => Mode.Redis2,
        _ => throw new ArgumentException($"Unknown mode '{text}' (bare, embedded, redis, redis2)"),
    };
}
