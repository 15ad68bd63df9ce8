using Microsoft.Data.Sqlite;

namespace Whiteboard.Server.Tests.Support;

public static class TestFolders
{
    public static string New() => Path.Combine(Path.GetTempPath(), "wb-test-" + Guid.NewGuid().ToString("N"));

    public static void Delete(string folder)
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); }
        catch (DirectoryNotFoundException) { }
    }
}
