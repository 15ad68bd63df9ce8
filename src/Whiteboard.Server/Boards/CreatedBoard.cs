namespace Whiteboard.Server.Boards;

/// <summary>A new board: the facilitator secret exists in clear only here, to be put in the facilitator link once.</summary>
public sealed record CreatedBoard(Guid BoardId, string Code, string FacilitatorSecret);
