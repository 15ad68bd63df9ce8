namespace Whiteboard.Server.Office;

/// <summary>Configuration section "Office": the programme office's key and who may create workshops (rules O1, O3).</summary>
public sealed class OfficeOptions
{
    public const string Section = "Office";

    /// <summary>
    /// The office key, when the college sets it (at least 16 characters); it replaces the key the server made on its first
    /// start, which is how an office link is revoked. Unset: the made key, printed once in the log.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Rule O3: only holders of a facilitator link from the office may create workshops and quick boards.</summary>
    public bool OnlyFacilitatorsCreate { get; set; }
}
