using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// Finds a workshop by a join code someone typed (rule S4). A request that presents a valid credential for it — a
/// participant token, a facilitator or observer secret — is never throttled; a code already found from the same address
/// is not a guess either. Anything else spends a guess, and an address without guesses left is refused whatever the code,
/// so refusals tell a guesser nothing.
/// </summary>
public sealed class WorkshopLookup(IBoardStore store, GuessThrottle throttle)
{
    /// <param name="credential">Checks the credential the request presents against the workshop found; null when it presents none.</param>
    public async Task<CodeLookup> FindAsync(string? typedCode, string address, Func<WorkshopRecord, ValueTask<bool>>? credential,
        CancellationToken ct)
    {
        var code = JoinCodes.Normalize(typedCode);
        if (code is null) return CodeLookup.Refused(RejectionCode.BoardNotFound); // not a code at all: nothing to learn from it
        var workshop = await store.FindWorkshopByCodeAsync(code, ct);
        var valid = workshop is not null && credential is not null && await credential(workshop);
        if (valid)
        {
            await throttle.RememberAsync(address, code);
            return CodeLookup.Found(workshop!, credentialValid: true);
        }
        if (workshop is not null && credential is null && await throttle.IsKnownAsync(address, code))
            return CodeLookup.Found(workshop, credentialValid: false);
        if (await throttle.SpendAsync(address, ct) is { } wait) return CodeLookup.Refused(RejectionCode.TooManyAttempts, wait);
        if (workshop is null) return CodeLookup.Refused(RejectionCode.BoardNotFound);
        if (credential is null) await throttle.RememberAsync(address, code);
        return CodeLookup.Found(workshop, credentialValid: false);
    }

    /// <summary>A forged follow-up link, or any other wrong credential not tied to a code, is a guess too.</summary>
    public Task<TimeSpan?> SpendGuessAsync(string address, CancellationToken ct) => throttle.SpendAsync(address, ct);
}
