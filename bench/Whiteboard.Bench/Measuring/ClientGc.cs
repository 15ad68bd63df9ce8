using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// The clients' process allocates for every message thousands of connections receive; with the default gen0 budget its
/// own GC pauses (up to several % of the time at 3,600 connections) would be counted as server latency. The budget can
/// only be set before the runtime starts, by environment variable, so the bench starts itself once more with it — and
/// removes it again, so that the servers it starts run with their defaults.
/// </summary>
public static class ClientGc
{
    private const string Gen0Budget = "DOTNET_GCgen0size";
    private const string SixtyFourMegabytes = "0x4000000";

    /// <summary>The exit code of the bench run again with the budget, or null when this is that run.</summary>
    public static async Task<int?> RunWithLargeGen0Async(string[] args)
    {
        if (Environment.GetEnvironmentVariable(Gen0Budget) is not null)
        {
            Environment.SetEnvironmentVariable(Gen0Budget, null); // not inherited by the servers
            return null;
        }
        var start = new ProcessStartInfo("dotnet", [typeof(ClientGc).Assembly.Location, .. args]) { UseShellExecute = false };
        start.Environment[Gen0Budget] = SixtyFourMegabytes;
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
