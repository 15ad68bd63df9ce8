using Whiteboard.Core.Boards;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Server.Storage;

/// <summary>
/// What the store keeps about a workshop besides its boards' events: how to find it (the join code), who may facilitate
/// or observe it (hashes of the secrets), and its group boards in order (group 1 first).
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
    IReadOnlyList<Guid> BoardIds)
{
    /// <summary>Records with lists compare by reference; two records are the same workshop when every field matches.</summary>
    public bool SameAs(WorkshopRecord other) =>
        this with { BoardIds = other.BoardIds } == other && BoardIds.SequenceEqual(other.BoardIds);
}
