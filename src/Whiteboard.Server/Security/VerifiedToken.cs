namespace Whiteboard.Server.Security;

/// <summary>A participant token the server signed: whose it is, and when it was issued (unknown for tokens of the older form).</summary>
public sealed record VerifiedToken(Guid ParticipantId, DateTimeOffset? IssuedAt)
{
    /// <summary>A facilitator's token restores the role for a limited time; after it the facilitator link is needed again.</summary>
    public bool IsOlderThan(TimeSpan age, DateTimeOffset now) => IssuedAt is not { } issued || now - issued > age;
}
