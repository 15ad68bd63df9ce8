namespace Whiteboard.Server.Storage.Sqlite;

/// <summary>
/// The statements that write and look up events, one text for the appender's hot path and the store's other writers, so
/// that the columns cannot drift between them.
/// </summary>
internal static class EventStatements
{
    public const string Insert =
        "INSERT INTO events (board_id, seq, op_id, actor_id, at_ticks, event) VALUES ($board, $seq, $op, $actor, $at, $event)";

    public const string FindOperation =
        "SELECT seq, op_id, actor_id, at_ticks, event FROM events WHERE board_id = $board AND op_id = $op";
}
