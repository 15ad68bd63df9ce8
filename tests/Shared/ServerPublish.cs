using System.Diagnostics;

namespace Whiteboard.Tests.Shared;

/// <summary>
/// <c>dotnet publish -c Release</c> of the server, as the Dockerfile publishes it: the browser app trimmed and compressed.
/// For the end-to-end tests and the bench's cold-load part, which drive what a classroom gets.
/// </summary>
public static class ServerPublish
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(8);

    /// <summary>Publishes into a new folder under the temp folder and returns it; the caller deletes it.</summary>
    public static async Task<string> ReleaseAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Whiteboard.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException($"No Whiteboard.sln above {AppContext.BaseDirectory}");
        var output = Path.Combine(Path.GetTempPath(), "wb-release-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(root.FullName, "src", "Whiteboard.Server", "Whiteboard.Server.csproj");
        var publish = new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", output, "-nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(publish)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(Patience);
        try { await process.WaitForExitAsync(patience.Token); }
        catch (OperationCanceledException)
        {
            // A publish that never ends must fail what needs it, not hold a whole test run.
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet publish took over {Patience.TotalMinutes} minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet publish failed:\n{await log}\n{await errors}");
        return output;
    }
}
