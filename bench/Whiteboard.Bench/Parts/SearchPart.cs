using System.Net.Http.Json;
using Whiteboard.Bench.AfterClass;
using Whiteboard.Bench.Measuring;
using Whiteboard.Bench.Report;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Bench.Parts;

/// <summary>
/// Part 5: the case library's search over 1,000 cases (rule K4; target under 100 ms), on the embedded store and on Redis
/// with one node. One group is run to its last step through the real hub; its facilitator drafts 1,000 cases from it
/// through the API and writes each up with its own text (title, three parts, tags, about 600 characters); then the office
/// asks each query one request at a time, after warm-up requests.
/// </summary>
public static class SearchPart
{
    private const int Cases = 1_000;
    private const int Warmup = 3;
    private const int Requests = 40;
    /// <summary>Written into one case only, in the middle of a sentence: the rare word a search must still find.</summary>
    private const string Rare = "沙盘推演复盘法";

    private static readonly string[] Words =
    [
        "深化改革", "审批制度", "营商环境", "基层治理", "网格化", "问题台账", "每周通报", "群众诉求", "数字政府", "一网通办",
        "乡村振兴", "安全生产", "干部作风", "调查研究", "协同联动", "pilot", "workflow", "feedback", "服务窗口", "考核机制",
    ];

    private static readonly (string Name, string Query)[] Queries =
    [
        ("a two-character word in many cases (改革)", "q=改革"),
        ("a rare word from the middle of a sentence (推演复盘)", "q=推演复盘"),
        ("two words, both must match (台账 通报)", "q=台账%20通报"),
        ("an English word (Pilot)", "q=Pilot"),
        ("a topic tag (营商环境), no words", "tag=营商环境"),
        ("nothing found (海关监管)", "q=海关监管"),
    ];

    public static async Task<Table> RunAsync(BenchOptions options)
    {
        var table = new Table($"Case library search over {Cases:N0} cases (ms; target under 100)",
            "store", "query", "found", "1st", "p50", "p99", "max", "KB", "server CPU ms / req.");
        foreach (var mode in new[] { Mode.Embedded, Mode.Redis })
        {
            await using var target = await Target.StartAsync(mode, options.DataRoot);
            var workshop = await ClassRun.RunAsync(target, groups: 1, groupSize: 3);
            using var http = new HttpClient { BaseAddress = target.BaseAddress };
            await FillAsync(http, workshop);
            http.DefaultRequestHeaders.Add(CredentialHeaders.OfficeKey, Target.OfficeKey);
            foreach (var (name, query) in Queries)
            {
                var found = (await http.GetFromJsonAsync<List<CaseView>>($"api/cases?{query}", WireJson.Options))!.Count;
                var s = await RequestSample.MeasureAsync(async () =>
                {
                    using var response = await http.GetAsync($"api/cases?{query}");
                    return (await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync()).LongLength;
                }, Warmup, Requests, target.ProcessIds);
                Console.WriteLine($"search · {mode.Label()} · {name}: {found} found · p50 {Table.Ms(s.P50)} p99 {Table.Ms(s.P99)} ms");
                table.Add(mode.Label(), name, Table.Number(found), Table.Ms(s.First), Table.Ms(s.P50), Table.Ms(s.P99), Table.Ms(s.Max),
                    Table.Number(s.Bytes / 1024.0, "0.0"), Table.Ms(s.ServerCpuMsPerRequest));
            }
        }
        table.Note($"Each query: {Warmup} warm-up requests, then {Requests} one after another; time = sending to having read the whole answer " +
            "(every matching case as JSON, no compression). Each case: a title of two words and its number, background, problem and lessons of " +
            "ten to fifteen words from a list of twenty (Chinese and English), a domain, two topics; one case holds the rare word in the middle " +
            "of its lessons. The office's key; the queries as the library's search box sends them.");
        return table;
    }

    /// <summary>1,000 drafts of the one finished group, each written up with its own words and published.</summary>
    private static async Task FillAsync(HttpClient http, ClassOutcome workshop)
    {
        var random = new Random(13);
        string Text(int words) => string.Join(random.Next(3) == 0 ? " " : "，", Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
        await Parallel.ForEachAsync(Enumerable.Range(0, Cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var id = Guid.NewGuid();
            using var draft = new HttpRequestMessage(HttpMethod.Post, $"api/workshops/{workshop.Code}/cases")
            {
                Content = JsonContent.Create(new NewCaseRequest(id, workshop.Boards[0]), options: WireJson.Options),
            };
            draft.Headers.Add(CredentialHeaders.FacilitatorSecret, workshop.FacilitatorSecret);
            (await http.SendAsync(draft, ct)).EnsureSuccessStatusCode();
            string lessons;
            lock (random) lessons = i == Cases / 2 ? $"{Text(6)}，用{Rare}检验方案，{Text(6)}" : Text(12);
            CaseEdit edit;
            lock (random)
                edit = new CaseEdit($"{Words[random.Next(Words.Length)]}{Words[random.Next(Words.Length)]} 第{i + 1}号", CaseSections.Empty with
                {
                    Background = Text(10), Problem = Text(15), Lessons = lessons,
                }, new CaseTags(Words[random.Next(Words.Length)], "", [Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]]),
                    CaseStatus.Published);
            using var save = new HttpRequestMessage(HttpMethod.Put, $"api/workshops/{workshop.Code}/cases/{id}")
            {
                Content = JsonContent.Create(edit, options: WireJson.Options),
            };
            save.Headers.Add(CredentialHeaders.FacilitatorSecret, workshop.FacilitatorSecret);
            (await http.SendAsync(save, ct)).EnsureSuccessStatusCode();
        });
    }
}
