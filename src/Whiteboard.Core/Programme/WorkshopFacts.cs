using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Programme;

/// <summary>
/// What the programme numbers read of one workshop: the facts its record keeps (id, title, when it was made, the facilitator
/// whose link made it — none for a workshop made without one) and its group boards as their stored events made them.
/// </summary>
public sealed record WorkshopFacts(
    Guid WorkshopId,
    string Title,
    DateTimeOffset CreatedAt,
    Guid? FacilitatorId,
    string? FacilitatorName,
    IReadOnlyList<BoardState> Boards);
