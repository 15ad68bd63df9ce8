using System.Diagnostics;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// The server published in Release, as the Dockerfile publishes it: the browser app trimmed and compressed, which the Debug
/// build the other tests use is not (a trimmed app once failed to join at all). Published once per test run.
/// </summary>
public static class ReleaseBuild
{
    private static readonly TimeSpan PublishPatience = TimeSpan.FromMinutes(8);
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    public static Task<string> FolderAsync() => Published.Value;

    /// <summary>Removes the published copy, if this run made one (it is large).</summary>
    public static async Task DeleteAsync()
    {
        if (!Published.IsValueCreated) return;
        try { Directory.Delete(await Published.Value, recursive: true); }
        catch (Exception e) when (e is DirectoryNotFoundException or InvalidOperationException) { }
    }

    private static async Task<string> PublishAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Whiteboard.sln"))) root = root.Parent;
        var output = Path.Combine(Path.GetTempPath(), "wb-release-" + Guid.NewGuid().ToString("N"));
        var publish = new ProcessStartInfo("dotnet", ["publish", Path.Combine(root!.FullName, "src", "Whiteboard.Server", "Whiteboard.Server.csproj"),
            "-c", "Release", "-o", output, "-nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(PublishPatience);
        try { await process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException)
        {
            // A publish that never ends must fail the test that needs it, not hold the whole run.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish took over {PublishPatience.TotalMinutes} minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await log}\n{await errors}");
        return output;
    }
}
