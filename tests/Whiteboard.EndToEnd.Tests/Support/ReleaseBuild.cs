using Whiteboard.Tests.Shared;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// The server published in Release, as the Dockerfile publishes it: the browser app trimmed and compressed, which the Debug
/// build is not (a trimmed app once failed to join at all). Published once per test run; every end-to-end test uses it.
/// </summary>
public static class ReleaseBuild
{
    private static readonly Lazy<Task<string>> Published = new(ServerPublish.ReleaseAsync);

    public static Task<string> FolderAsync() => Published.Value;

    /// <summary>Removes the published copy, if this run made one (it is large).</summary>
    public static async Task DeleteAsync()
    {
        if (!Published.IsValueCreated) return;
        try { Directory.Delete(await Published.Value, recursive: true); }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidOperationException or TimeoutException) { } // nothing published
    }
}
