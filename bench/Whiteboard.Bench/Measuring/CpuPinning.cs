using System.Diagnostics;

namespace Whiteboard.Bench.Measuring;

/// <summary>
/// Pins processes to CPUs with util-linux's `taskset -a -p` (every thread the process has; threads it starts later
/// inherit the set), so that clients and servers do not compete for one core and a capacity limit is the server's.
/// </summary>
public static class CpuPinning
{
    /// <summary>Every CPU of the machine, as taskset writes a list ("0-1").</summary>
    public static string AllCpus => Environment.ProcessorCount == 1 ? "0" : $"0-{Environment.ProcessorCount - 1}";

    public static void Pin(int processId, string cpus)
    {
        var start = new ProcessStartInfo("taskset", ["-a", "-p", "-c", cpus, processId.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("taskset did not start");
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"taskset -a -p -c {cpus} {processId} failed: {error.Trim()}");
    }
}
