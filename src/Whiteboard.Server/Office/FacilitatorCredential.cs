using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Office;

/// <summary>
/// What opens a workshop as its facilitator (rules S5, O2): the workshop's own facilitator secret, or the personal link of
/// the facilitator who made it, unless the office revoked it. The one check the API and the hub use.
/// </summary>
public sealed class FacilitatorCredential(FacilitatorLinks links)
{
    public async ValueTask<bool> OpensAsync(WorkshopRecord workshop, string? presented, CancellationToken ct) =>
        FacilitatorSecrets.Matches(presented, workshop.FacilitatorSecretHash)
        || (workshop.FacilitatorId is { } owner && await links.HolderAsync(presented, ct) is { } holder && holder.FacilitatorId == owner);
}
