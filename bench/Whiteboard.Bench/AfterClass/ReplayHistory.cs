using System.Text.Json;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Bench.AfterClass;

/// <summary>
/// A board's whole history as the replay loads it: pages of events after the last one it has, until there are no more.
/// The client needs the facilitator's secret in its header.
/// </summary>
public static class ReplayHistory
{
    /// <summary>Reads every page and gives the bytes they took.</summary>
    public static async Task<long> ReadAllAsync(HttpClient http, string workshopCode, Guid board)
    {
        long bytes = 0, after = 0;
        while (true)
        {
            using var response = await http.GetAsync($"api/workshops/{workshopCode}/boards/{board}/history?after={after}");
            var body = await response.EnsureSuccessStatusCode().Content.ReadAsByteArrayAsync();
            bytes += body.LongLength;
            var page = JsonSerializer.Deserialize<HistoryPage>(body, WireJson.Options)!;
            if (!page.HasMore || page.Events.Count == 0) return bytes;
            after = page.Events[^1].Seq;
        }
    }

    /// <summary>Only what paging needs of a <see cref="CatchUpResult"/>: the events' numbers are read, their contents skipped.</summary>
    private sealed record HistoryPage(IReadOnlyList<SeqOnly> Events, bool HasMore);

    private sealed record SeqOnly(long Seq);
}
