namespace Whiteboard.Server.Storage.Sqlite;

internal static class SqliteSchema
{
    // WAL lets readers run beside the single writer; it is a property of the file, so setting it once is enough.
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS boards (
            board_id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            facilitator_secret_hash TEXT NOT NULL,
            created_at_ticks INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS events (
            board_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            op_id TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            at_ticks INTEGER NOT NULL,
            event TEXT NOT NULL,
            PRIMARY KEY (board_id, seq)
        ) WITHOUT ROWID;
        CREATE UNIQUE INDEX IF NOT EXISTS events_by_operation ON events (board_id, op_id);
        CREATE TABLE IF NOT EXISTS secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        """;
}
