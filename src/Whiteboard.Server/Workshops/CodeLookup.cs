using Whiteboard.Core.Rejections;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// What a join code led to: the workshop, and whether the credential the request presented is valid for it; or why not,
/// with the time to wait when guessing is throttled (rule S4).
/// </summary>
public sealed record CodeLookup(WorkshopRecord? Workshop, bool CredentialValid, RejectionCode? Failure, TimeSpan? RetryAfter)
{
    public static CodeLookup Found(WorkshopRecord workshop, bool credentialValid) => new(workshop, credentialValid, null, null);

    public static CodeLookup Refused(RejectionCode code, TimeSpan? retryAfter = null) => new(null, false, code, retryAfter);
}
