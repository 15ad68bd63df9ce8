namespace Whiteboard.Server.Storage.Sqlite;

internal static class SqliteSchema
{
    /// <summary>
    /// Kept in SQLite's user_version; a database of an older version is brought up to this one (<see cref="Upgrades"/>), a
    /// newer one is refused rather than misread.
    /// </summary>
    public const int Version = 5;

    /// <summary>
    /// From each older version to the next: version 3 keeps the flow a workshop runs (rule F1); version 4 the facilitators
    /// the office gave links to and which of them made each workshop (rule O2); version 5 the case library with its
    /// trigram index (rules K1, K4), whose tables the creation script below adds.
    /// </summary>
    public static readonly IReadOnlyDictionary<int, string> Upgrades = new Dictionary<int, string>
    {
        [2] = "ALTER TABLE workshops ADD COLUMN flow TEXT; PRAGMA user_version = 3;",
        [3] = "ALTER TABLE workshops ADD COLUMN facilitator_id TEXT; PRAGMA user_version = 4;",
        [4] = "PRAGMA user_version = 5;",
    };

    // WAL lets readers run beside the single writer; it is a property of the file, so setting it once is enough.
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS workshops (
            workshop_id TEXT PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            language TEXT NOT NULL,
            template TEXT NOT NULL,
            facilitator_secret_hash TEXT NOT NULL,
            observer_secret_hash TEXT NOT NULL,
            created_at_ticks INTEGER NOT NULL,
            board_ids TEXT NOT NULL,
            flow TEXT,
            facilitator_id TEXT
        );
        CREATE INDEX IF NOT EXISTS workshops_by_facilitator ON workshops (facilitator_id);
        CREATE TABLE IF NOT EXISTS facilitators (
            facilitator_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            unit TEXT NOT NULL,
            link_hash TEXT NOT NULL UNIQUE,
            created_at_ticks INTEGER NOT NULL,
            revoked_at_ticks INTEGER
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
        CREATE TABLE IF NOT EXISTS snapshots (
            board_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            state TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS cases (
            case_id TEXT PRIMARY KEY,
            workshop_id TEXT NOT NULL,
            facilitator_id TEXT,
            status TEXT NOT NULL,
            unit TEXT NOT NULL,
            year INTEGER NOT NULL,
            updated_at_ticks INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS cases_by_workshop ON cases (workshop_id);
        -- Rule K4: every three characters of a case's folded text, so that a word is found inside words (Chinese has no spaces).
        CREATE VIRTUAL TABLE IF NOT EXISTS cases_text USING fts5(case_id UNINDEXED, body, tokenize = 'trigram');
        CREATE TABLE IF NOT EXISTS secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        PRAGMA user_version = 5;
        """;
}
