using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>Finds a workshop by a join code someone typed, counting failures against their address (rule S4).</summary>
public sealed class WorkshopLookup(IBoardStore store, JoinAttemptGuard guard)
{
    public async Task<(WorkshopRecord? Workshop, RejectionCode? Failure)> FindAsync(string? typedCode, string? address, CancellationToken ct)
    {
        if (guard.IsBlocked(address)) return (null, RejectionCode.TooManyAttempts);
        var code = JoinCodes.Normalize(typedCode);
        var workshop = code is null ? null : await store.FindWorkshopByCodeAsync(code, ct);
        if (workshop is not null) return (workshop, null);
        guard.RecordFailure(address);
        return (null, RejectionCode.BoardNotFound);
    }

    /// <summary>A wrong secret counts like a wrong code: both are guesses.</summary>
    public void RecordFailure(string? address) => guard.RecordFailure(address);
}
