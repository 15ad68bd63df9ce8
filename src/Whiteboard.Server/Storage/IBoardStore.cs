using Whiteboard.Core.Cases;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Server.Storage;

/// <summary>
/// The one I/O seam: where workshops, their boards and the boards' events live. Two real implementations (SQLite embedded, Redis distributed)
/// pass one contract suite. Appends are atomic and checked, so several nodes may write one board without losing or
/// reordering events.
/// </summary>
public interface IBoardStore
{
    /// <summary>"sqlite" or "redis", for health checks and logs.</summary>
    string Kind { get; }

    /// <summary>
    /// Other nodes write to it too (Redis): a board's room catches up from it before deciding and answering. The embedded
    /// store's only writer is this node, whose loaded rooms hold every event they appended, so reading it back is wasted.
    /// </summary>
    bool Shared { get; }

    /// <summary>Creates the schema; safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>
    /// Stores a new workshop with the first event of each of its boards (in the order of <see cref="WorkshopRecord.BoardIds"/>),
    /// atomically. False when the join code is already taken.
    /// </summary>
    Task<bool> TryCreateWorkshopAsync(WorkshopRecord workshop, IReadOnlyList<EventEnvelope> boardsCreated, CancellationToken ct);

    Task<WorkshopRecord?> FindWorkshopByCodeAsync(string code, CancellationToken ct);

    Task<WorkshopRecord?> FindWorkshopAsync(Guid workshopId, CancellationToken ct);

    /// <summary>Replaces the hash of the workshop's facilitator secret (a facilitator signed out every other device).</summary>
    Task SetFacilitatorSecretAsync(Guid workshopId, string secretHash, CancellationToken ct);

    /// <summary>Replaces the flow the workshop runs (rule F5: the facilitator revised its steps). Nothing when it is gone.</summary>
    Task SetWorkshopFlowAsync(Guid workshopId, Flow flow, CancellationToken ct);

    /// <summary>
    /// Deletes the workshop and everything of its boards (events, operations, snapshots, presence) and its cases; its join code is free
    /// again. Nothing when it is already gone. Other nodes are told, so that they drop the boards they hold.
    /// </summary>
    Task DeleteWorkshopAsync(Guid workshopId, CancellationToken ct);

    /// <summary>The workshops none of whose boards has had an event since <paramref name="cutoff"/> (for the retention setting).</summary>
    Task<IReadOnlyList<Guid>> WorkshopsUntouchedSinceAsync(DateTimeOffset cutoff, CancellationToken ct);

    /// <summary>
    /// Appends one event if its operation id is new on the board and its sequence number is exactly one above the
    /// board's last. Otherwise appends nothing and says why (<see cref="AppendResult.BoardGone"/> for a deleted board).
    /// </summary>
    Task<AppendResult> AppendAsync(Guid boardId, EventEnvelope envelope, CancellationToken ct);

    /// <summary>The event an operation id produced on a board, if it was applied.</summary>
    Task<EventEnvelope?> FindOperationAsync(Guid boardId, Guid opId, CancellationToken ct);

    /// <summary>The board's events after <paramref name="afterSeq"/>, in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<EventEnvelope>> ReadEventsAsync(Guid boardId, long afterSeq, int max, CancellationToken ct);

    /// <summary>
    /// Keeps the board's full state at a sequence number, replacing an older one: a long board then loads from it and the
    /// events after it, instead of replaying every event (docs/PROTOCOL.md, "Snapshots").
    /// </summary>
    Task SaveSnapshotAsync(Guid boardId, BoardSnapshot snapshot, CancellationToken ct);

    /// <summary>The board's latest kept snapshot, if any.</summary>
    Task<BoardSnapshot?> LoadSnapshotAsync(Guid boardId, CancellationToken ct);

    /// <summary>Every workshop, oldest first (the programme office's lists and numbers, rule O1).</summary>
    Task<IReadOnlyList<WorkshopRecord>> WorkshopsAsync(CancellationToken ct);

    /// <summary>Stores a facilitator the office gave a link to, or replaces the stored one with the same id (rule O2).</summary>
    Task SaveFacilitatorAsync(FacilitatorRecord facilitator, CancellationToken ct);

    Task<FacilitatorRecord?> FindFacilitatorAsync(Guid facilitatorId, CancellationToken ct);

    /// <summary>The facilitator whose link hashes to <paramref name="linkHash"/>, revoked or not.</summary>
    Task<FacilitatorRecord?> FindFacilitatorByLinkHashAsync(string linkHash, CancellationToken ct);

    /// <summary>Every facilitator, oldest first.</summary>
    Task<IReadOnlyList<FacilitatorRecord>> FacilitatorsAsync(CancellationToken ct);

    /// <summary>Forgets a facilitator (their personal information); their workshops are deleted separately. Nothing when gone.</summary>
    Task DeleteFacilitatorAsync(Guid facilitatorId, CancellationToken ct);

    /// <summary>Stores a case of the library, or replaces the stored one with the same id (rule K1).</summary>
    Task SaveCaseAsync(Case @case, CancellationToken ct);

    Task<Case?> FindCaseAsync(Guid caseId, CancellationToken ct);

    /// <summary>
    /// The cases the query wants (rule K4: every word found, inside words too, and the filters), most recently changed
    /// first. The store finds candidates with its own index and keeps those <see cref="CaseQuery.Matches"/> says.
    /// </summary>
    Task<IReadOnlyList<Case>> CasesAsync(CaseQuery query, CancellationToken ct);

    Task DeleteCaseAsync(Guid caseId, CancellationToken ct);

    /// <summary>
    /// A server-wide secret by name (e.g. the key that signs participant tokens): the stored one, or
    /// <paramref name="valueIfNew"/> stored now. Every node of a cluster gets the same value.
    /// </summary>
    Task<byte[]> GetOrAddSecretAsync(string name, byte[] valueIfNew, CancellationToken ct);
}
