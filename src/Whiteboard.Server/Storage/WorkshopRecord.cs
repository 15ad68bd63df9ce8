using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Server.Storage;

/// <summary>
/// What the store keeps about a workshop besides its boards' events: how to find it (the join code), who may facilitate
/// or observe it (hashes of the secrets), its group boards in order (group 1 first), and the flow it runs (its steps and
/// the facilitator's guides, rule F1; null in workshops made before flows, and in quick boards), and the facilitator
/// whose link from the office created it (rule O2; null when made without one).
/// </summary>
public sealed record WorkshopRecord(
    Guid WorkshopId,
    string Code,
    string Title,
    BoardLanguage Language,
    WorkshopTemplate Template,
    string FacilitatorSecretHash,
    string ObserverSecretHash,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Guid> BoardIds,
    Flow? Flow = null,
    Guid? FacilitatorId = null)
{
    /// <summary>Records with lists compare by reference; two records are the same workshop when every field matches.</summary>
    public bool SameAs(WorkshopRecord other) =>
        this with { BoardIds = other.BoardIds, Flow = other.Flow } == other && BoardIds.SequenceEqual(other.BoardIds)
        && (Flow is null ? other.Flow is null : other.Flow is not null && FlowJson.Write(Flow) == FlowJson.Write(other.Flow));
}
