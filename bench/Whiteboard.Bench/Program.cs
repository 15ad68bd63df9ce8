using System.Diagnostics;
using System.Text;
using Whiteboard.Bench;
using Whiteboard.Bench.Bare;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Parts;
using Whiteboard.Bench.Report;

if (args is ["serve-bare", .. var serverArgs])
{
    await BareServer.RunAsync(serverArgs);
    return 0;
}

if (await ClientGc.RunWithLargeGen0Async(args) is { } exitCode) return exitCode;

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

var clock = Stopwatch.StartNew();
var loadBefore = ProcFs.LoadAverage();
var header = $"Whiteboard bench · {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz} · {Environment.ProcessorCount} cores · " +
    $".NET {Environment.Version} · data folders in {options.DataRoot} · load average before: {loadBefore}";
Console.WriteLine(header);

var tables = new List<Table>();
if (options.Parts.Contains("latency")) tables.Add(await LatencyPart.RunAsync(options));
if (options.Parts.Contains("memory")) tables.Add(await MemoryPart.RunAsync(options));
if (options.Parts.Contains("capacity")) tables.AddRange(await CapacityPart.RunAsync(options));
if (options.Parts.Contains("report")) tables.AddRange(await ReportPart.RunAsync(options));
if (options.Parts.Contains("search")) tables.Add(await SearchPart.RunAsync(options));
if (options.Parts.Contains("coldload")) tables.AddRange(await ColdLoadPart.RunAsync(options));
if (options.Parts.Contains("growth")) tables.AddRange(await GrowthPart.RunAsync(options));
if (options.Parts.Contains("render")) tables.AddRange(await RenderPart.RunAsync(options));

var footer = $"Run time {clock.Elapsed:m\\:ss} · load average after: {ProcFs.LoadAverage()} · " +
    (options.Pin && options.Parts.Contains("capacity")
        ? "the capacity part pinned servers and clients to their own CPUs; other parts share the machine's cores."
        : "clients and servers share the machine's cores.");
foreach (var table in tables) Console.Write(table.ToText());
Console.WriteLine();
Console.WriteLine(footer);

if (options.Markdown is { } path)
{
    var markdown = new StringBuilder().AppendLine(header).AppendLine();
    foreach (var table in tables) markdown.Append(table.ToMarkdown());
    markdown.AppendLine(footer);
    await File.WriteAllTextAsync(path, markdown.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
return 0;
