using System.Globalization;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Boards;

namespace Whiteboard.Bench;

/// <summary>Command-line options; the defaults are the full run (about 10–11 minutes on a 2-core machine).</summary>
public sealed class BenchOptions
{
    public const string Usage = """
        dotnet run -c Release --project bench/Whiteboard.Bench -- [options]
          --only latency|memory|capacity|report|search|coldload|growth|render   one part, or several comma-separated (default:
                                           all but coldload, which publishes the server and drives Chromium for ≈ 20 min,
                                           growth, which grows one board to its limits, ≈ 5 min, and render, which opens a
                                           board of up to 2,000 notes on a 4×-throttled tablet in Chromium, ≈ 8 min)
          --warmup S                       seconds of unmeasured load before each step (default 5)
          --duration S                     measured seconds of each latency step (default 20)
          --rates 10,100                   commands per second of the latency steps
          --participants N                 people on the latency board (default 60)
          --modes bare,embedded,redis,redis2   targets of the latency part
          --connections N                  idle connections of the memory part (default 2000)
          --memory-modes bare,embedded     servers of the memory part
          --capacity-steps 5,10,20,40,80,120,160   board counts to ramp through (boards of 30)
          --capacity-modes embedded[,redis]  targets of the capacity part; with bare among them, a table of each
                                           one's limit as a ratio of bare's
          --pin                            capacity part: the servers on the last CPU, the clients on the others
                                           (taskset), so the limit is the server's own
          --capacity-duration S            measured seconds of each capacity step (default 20)
          --threshold MS                   capacity limit on p99 send→last receiver (default 250)
          --no-refine                      skip the extra capacity step between the last good and the first bad count
          --report-groups N                groups of 30 in the workshop the report part runs to its Summary (default 12)
          --report-requests N              timed requests per after-class endpoint, after 3 warm-up ones (default 20)
          --cold-runs N                    cold loads of the join link at each CPU speed (default 3)
          --growth-commands N              timed commands at each size of the growth part (default 200)
          --render-runs N                  tablets opening the board at each size of the render part (default 3)
          --class-size N                   tablets opening the join link at the same second (default 40)
          --class-runs N                   how many times the class opens it (default 3)
          --publish DIR                    a Release publish of the server for the cold-load part (default: publish one)
          --markdown FILE                  also write the tables as Markdown
          --data-root DIR                  where the embedded store's data folders go (default: the temp folder;
                                           /dev/shm takes the disk's fsync out, to see what it costs)
          --quick                          a short smoke run (few seconds per step, small counts)
          --help                           this text
        """;

    private static readonly string[] DefaultParts = ["latency", "memory", "capacity", "report", "search"];
    private static readonly string[] AllParts = [.. DefaultParts, "coldload", "growth", "render"];

    public HashSet<string> Parts { get; private set; } = [.. DefaultParts];
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(5);
    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(20);
    public IReadOnlyList<double> Rates { get; private set; } = [10, 100];
    public int Participants { get; private set; } = 60;
    public IReadOnlyList<Mode> Modes { get; private set; } = [Mode.Bare, Mode.Embedded, Mode.Redis, Mode.Redis2];
    public int Connections { get; private set; } = 2000;
    public IReadOnlyList<Mode> MemoryModes { get; private set; } = [Mode.Bare, Mode.Embedded];
    public int MemoryBoardSize { get; private set; } = 50;
    public IReadOnlyList<int> CapacitySteps { get; private set; } = [5, 10, 20, 40, 80, 120, 160];
    public IReadOnlyList<Mode> CapacityModes { get; private set; } = [Mode.Embedded];
    public TimeSpan CapacityDuration { get; private set; } = TimeSpan.FromSeconds(20);
    public int CapacityBoardSize { get; private set; } = 30;
    public TimeSpan CommandInterval { get; private set; } = TimeSpan.FromSeconds(5);
    public double ThresholdMs { get; private set; } = 250;
    public bool Refine { get; private set; } = true;
    public bool Pin { get; private set; }
    public int ReportGroups { get; private set; } = 12;
    public int ReportGroupSize { get; private set; } = 30;
    public int ReportRequests { get; private set; } = 20;
    public int ColdRuns { get; private set; } = 3;
    public int ClassSize { get; private set; } = 40;
    public int GrowthCommands { get; private set; } = 200;
    public int RenderRuns { get; private set; } = 3;
    public int ClassRuns { get; private set; } = 3;
    public string? PublishFolder { get; private set; }
    public string? Markdown { get; private set; }
    public string DataRoot { get; private set; } = Path.GetTempPath();

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--only": options.Parts = [.. List(Value()).Select(p => p.ToLowerInvariant())]; break;
                case "--warmup": options.Warmup = Seconds(Value()); break;
                case "--duration": options.Duration = Seconds(Value()); break;
                case "--rates": options.Rates = [.. List(Value()).Select(Double)]; break;
                case "--participants": options.Participants = Int(Value()); break;
                case "--modes": options.Modes = [.. List(Value()).Select(Targets.Modes.Parse)]; break;
                case "--connections": options.Connections = Int(Value()); break;
                case "--memory-modes": options.MemoryModes = [.. List(Value()).Select(Targets.Modes.Parse)]; break;
                case "--capacity-steps": options.CapacitySteps = [.. List(Value()).Select(Int)]; break;
                case "--capacity-modes": options.CapacityModes = [.. List(Value()).Select(Targets.Modes.Parse)]; break;
                case "--capacity-duration": options.CapacityDuration = Seconds(Value()); break;
                case "--threshold": options.ThresholdMs = Double(Value()); break;
                case "--no-refine": options.Refine = false; break;
                case "--pin": options.Pin = true; break;
                case "--report-groups": options.ReportGroups = Int(Value()); break;
                case "--report-requests": options.ReportRequests = Int(Value()); break;
                case "--cold-runs": options.ColdRuns = Int(Value()); break;
                case "--publish": options.PublishFolder = Value(); break;
                case "--growth-commands": options.GrowthCommands = Int(Value()); break;
                case "--render-runs": options.RenderRuns = Int(Value()); break;
                case "--class-size": options.ClassSize = Int(Value()); break;
                case "--class-runs": options.ClassRuns = Int(Value()); break;
                case "--markdown": options.Markdown = Value(); break;
                case "--data-root": options.DataRoot = Value(); break;
                case "--help" or "-h": throw new ArgumentException(Usage);
                case "--quick":
                    options.Warmup = TimeSpan.FromSeconds(2);
                    options.Duration = options.CapacityDuration = TimeSpan.FromSeconds(5);
                    options.Connections = 200;
                    options.CapacitySteps = [2, 4];
                    options.ReportGroups = 2;
                    options.ReportGroupSize = 10;
                    options.ReportRequests = 5;
                    options.ColdRuns = 1;
                    options.ClassSize = 4;
                    options.ClassRuns = 1;
                    options.GrowthCommands = 20;
                    options.RenderRuns = 1;
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}\n{Usage}");
            }
        }
        if (options.ReportGroups is < 1 or > BoardLimits.MaxGroupsPerWorkshop)
            throw new ArgumentException($"--report-groups takes 1 to {BoardLimits.MaxGroupsPerWorkshop}");
        if (options.Parts.Except(AllParts).FirstOrDefault() is { } unknown)
            throw new ArgumentException($"Unknown part '{unknown}' ({string.Join(", ", AllParts)})");
        return options;
    }

    private static string[] List(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static TimeSpan Seconds(string value) => TimeSpan.FromSeconds(Double(value));

    private static double Double(string value) => double.Parse(value, CultureInfo.InvariantCulture);

    private static int Int(string value) => int.Parse(value, CultureInfo.InvariantCulture);
}
