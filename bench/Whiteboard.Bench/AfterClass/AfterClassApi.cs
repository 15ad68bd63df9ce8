using System.Text.Json;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.AfterClass;

/// <summary>
/// The after-class endpoints a facilitator's browser asks for (src/Whiteboard.Client/Reports/ReportsApi.cs, and the
/// replay's history pages), with the facilitator secret in its header. Each request reads the whole answer and gives its size.
/// </summary>
public sealed class AfterClassApi(Uri server, ClassOutcome workshop) : IDisposable
{
    private const string SecretHeader = "X-Facilitator-Secret";
    private readonly HttpClient _http = Client(server, workshop.FacilitatorSecret);

    /// <summary>What is timed: every format of the report, the insight and the actions, and one group's pieces.</summary>
    public IReadOnlyList<(string Name, Func<Task<long>> Request)> Endpoints()
    {
        var board = workshop.Boards[0];
        return
        [
            ("report html", () => GetAsync("report?format=html")),
            ("report md", () => GetAsync("report?format=md")),
            ("report json", () => GetAsync("report?format=json")),
            ("report html, group 1", () => GetAsync($"report?format=html&board={board}")),
            ("insight json", () => GetAsync("insight?format=json")),
            ("insight svg, group 1", () => GetAsync($"insight?format=svg&board={board}")),
            ("actions csv", () => GetAsync("actions?format=csv")),
            ("actions ics", () => GetAsync("actions?format=ics")),
            ("history, group 1 (all pages)", () => HistoryAsync(board)),
        ];
    }

    public void Dispose() => _http.Dispose();

    private async Task<long> GetAsync(string path)
    {
        using var response = await _http.GetAsync($"api/workshops/{workshop.Code}/{path}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    /// <summary>As the replay loads a board: pages of events after the last one it has, until there are no more.</summary>
    private async Task<long> HistoryAsync(Guid board)
    {
        long bytes = 0, after = 0;
        while (true)
        {
            using var response = await _http.GetAsync($"api/workshops/{workshop.Code}/boards/{board}/history?after={after}");
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadAsByteArrayAsync();
            bytes += body.LongLength;
            var page = JsonSerializer.Deserialize<HistoryPage>(body, WireJson.Options)!;
            if (!page.HasMore || page.Events.Count == 0) return bytes;
            after = page.Events[^1].Seq;
        }
    }

    private static HttpClient Client(Uri server, string secret)
    {
        var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Add(SecretHeader, secret);
        return http;
    }

    /// <summary>Only what paging needs of a <see cref="CatchUpResult"/>: the events' numbers are read, their contents skipped.</summary>
    private sealed record HistoryPage(IReadOnlyList<SeqOnly> Events, bool HasMore);

    private sealed record SeqOnly(long Seq);
}
