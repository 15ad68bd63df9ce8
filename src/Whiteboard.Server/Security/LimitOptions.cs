namespace Whiteboard.Server.Security;

/// <summary>
/// Configuration section "Limits" (environment variables: <c>Limits__GuessBurst</c>, …): what one address, one connection
/// or one request may do. The defaults let a class of 60 behind one router join, mistype and work without noticing; see
/// docs/SECURITY.md for what each stops.
/// </summary>
public sealed class LimitOptions
{
    public const string Section = "Limits";

    /// <summary>Lookups of a join code this address has not used before (wrong codes, wrong secrets, forged links) at once.</summary>
    public int GuessBurst { get; set; } = 200;

    /// <summary>How fast that budget comes back.</summary>
    public double GuessesPerMinute { get; set; } = 6;

    /// <summary>How long a code found from an address stays known there (its class keeps joining even while guessing is blocked).</summary>
    public double KnownCodeHours { get; set; } = 12;

    /// <summary>New trainees one address may add at once (facilitators and observers come with a secret and are not counted).</summary>
    public int JoinBurst { get; set; } = 120;

    public double JoinsPerMinute { get; set; } = 120;

    /// <summary>Workshops and quick boards one address may create at once.</summary>
    public int CreateBurst { get; set; } = 10;

    public double CreatesPerMinute { get; set; } = 3;

    /// <summary>Hub calls (other than drag previews) one connection may make at once.</summary>
    public int HubCallBurst { get; set; } = 60;

    public double HubCallsPerSecond { get; set; } = 20;

    /// <summary>Drag previews one connection gets relayed per second (the latest position wins).</summary>
    public double DragsPerSecond { get; set; } = 20;

    /// <summary>The largest JSON body the HTTP API reads.</summary>
    public int MaxRequestBodyKilobytes { get; set; } = 64;

    /// <summary>A facilitator's participant token restores the role for this long; after it the facilitator link is needed.</summary>
    public double FacilitatorTokenDays { get; set; } = 30;
}
