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
            ("history, group 1 (all pages)", () => ReplayHistory.ReadAllAsync(_http, workshop.Code, board)),
        ];
    }

    public void Dispose() => _http.Dispose();

    private async Task<long> GetAsync(string path)
    {
        using var response = await _http.GetAsync($"api/workshops/{workshop.Code}/{path}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).LongLength;
    }

    private static HttpClient Client(Uri server, string secret)
    {
        var http = new HttpClient { BaseAddress = server };
        http.DefaultRequestHeaders.Add(SecretHeader, secret);
        return http;
    }
}
