namespace Whiteboard.Core.Protocol;

/// <summary>
/// A stage command for every group of the workshop at once (rule W5): the server submits it to each board with an operation
/// id derived from <see cref="OpId"/> and the board, so a retry is idempotent on every board.
/// </summary>
public sealed record WorkshopCommandEnvelope(Guid OpId, Guid WorkshopId, BoardCommand Command);
