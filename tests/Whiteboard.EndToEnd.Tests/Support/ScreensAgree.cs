using System.Text.Json;

namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// Whether every screen shows the board as the server has it (docs/PROTOCOL.md, principle 5): each note where the
/// facilitator's export puts it, within a pixel and a half, in the same cluster, and drawn inside that cluster's frame.
/// </summary>
public static class ScreensAgree
{
    /// <summary>
    /// Waits for every screen to have sent all it had (no pending notes, nothing waiting), then compares each with the
    /// server's export until they agree or six seconds (well past the second a preview lasts) have gone. Returns what
    /// still differs, one line a note and screen; none when they agree. The first screen must be the facilitator's.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AfterSettlingAsync(IReadOnlyList<(string Name, IPage Page)> screens, string code)
    {
        foreach (var (_, page) in screens)
        {
            await Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-pending", "0");
            await Expect(page.Locator("[data-testid=note][data-pending=true]")).ToHaveCountAsync(0);
        }
        var facilitator = screens[0].Page;
        var secret = await FacilitatorSecretAsync(facilitator, code);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
        var differences = new List<string>();
        do
        {
            var server = await ServerNotesAsync(facilitator, code, secret);
            differences.Clear();
            foreach (var (name, page) in screens) differences.AddRange(Compare(name, server, await ScreenNotesAsync(page)));
            if (differences.Count == 0) break;
        }
        while (await TickAsync(tick, timeout.Token));
        return differences;
    }

    private static async Task<bool> TickAsync(PeriodicTimer tick, CancellationToken token)
    {
        try
        {
            return await tick.WaitForNextTickAsync(token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Compare(string screen, Dictionary<string, Placed> server, Dictionary<string, Placed> shown)
    {
        foreach (var id in server.Keys.Except(shown.Keys)) yield return $"{screen} does not show {server[id].Text} ({id[..8]})";
        foreach (var id in shown.Keys.Except(server.Keys)) yield return $"{screen} shows {shown[id].Text} ({id[..8]}), which the server has not";
        foreach (var (id, s) in server)
        {
            if (!shown.TryGetValue(id, out var n)) continue;
            var note = $"{s.Text} ({id[..8]})";
            if (Math.Abs(n.X - s.X) > 1.5 || Math.Abs(n.Y - s.Y) > 1.5)
                yield return $"{screen} shows {note} at ({n.X:0.#}, {n.Y:0.#}), the server has it at ({s.X}, {s.Y})";
            if (n.Cluster != s.Cluster)
                yield return $"{screen} has {note} in cluster {n.Cluster ?? "none"}, the server in {s.Cluster ?? "none"}";
            if (n.Frame != s.Cluster)
                yield return $"{screen} draws {note} in the frame of cluster {n.Frame ?? "none"}, the server has it in {s.Cluster ?? "none"}";
        }
    }

    private static async Task<Dictionary<string, Placed>> ServerNotesAsync(IPage page, string code, string secret)
    {
        var export = await page.Context.APIRequest.GetAsync($"/api/boards/{code}/export",
            new() { Headers = new Dictionary<string, string> { ["X-Facilitator-Secret"] = secret } });
        Assert.Equal(200, export.Status);
        return (await export.JsonAsync())!.Value.GetProperty("notes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!,
            n => new Placed(n.GetProperty("text").GetString()!, n.GetProperty("x").GetDouble(), n.GetProperty("y").GetDouble(),
                n.GetProperty("clusterId").ValueKind == JsonValueKind.Null ? null : n.GetProperty("clusterId").GetString(), null));
    }

    private static async Task<Dictionary<string, Placed>> ScreenNotesAsync(IPage page) =>
        (await page.EvaluateAsync<Shown[]>(ShownScript)).ToDictionary(n => n.Id, n =>
        {
            var (left, top) = PositionIn(n.Style);
            return new Placed(n.Text, left, top, n.Cluster, n.Frame);
        });

    private sealed record Placed(string Text, double X, double Y, string? Cluster, string? Frame);

    /// <summary>What <see cref="ShownScript"/> returns (Playwright fills settable properties).</summary>
    private sealed class Shown
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
        public string Style { get; set; } = "";
        public string? Cluster { get; set; }
        public string? Frame { get; set; }
    }

    /// <summary>Each note as a screen draws it: its node's style, the cluster it says, the cluster frame it is drawn in.</summary>
    private const string ShownScript = """
        () => [...document.querySelectorAll('[data-testid=note]')].map(n => ({
          id: n.dataset.noteId,
          text: n.querySelector('[data-testid=note-text]').textContent,
          style: n.closest('div.diagram-node').getAttribute('style'),
          cluster: n.dataset.clusterId || null,
          frame: n.closest('[data-testid=cluster]')?.dataset.clusterId ?? null,
        }))
        """;
}
