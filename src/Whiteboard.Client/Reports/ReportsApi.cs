using Whiteboard.Client.Boards;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Insights;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Client.Api;

namespace Whiteboard.Client.Reports;

/// <summary>
/// What a facilitator takes home (docs/PROTOCOL.md, HTTP API), each behind the facilitator secret sent in a header: the case report, the
/// action items with their owners' follow-up links, the participation insight and a board's history for the replay.
/// </summary>
public sealed class ReportsApi(HttpClient http)
{
    /// <summary>The case report: "html" (print-ready), "md" or "json"; every group, or one.</summary>
    public Task<ApiResult<string>> ReportAsync(string code, string? secret, string format, Guid? boardId = null) =>
        Text(code, secret, $"report?format={format}{(boardId is { } id ? $"&board={id}" : "")}");

    /// <summary>Every action item of the workshop, with its owner's follow-up link and whether it is overdue.</summary>
    public Task<ApiResult<List<ActionOverviewItem>>> ActionsAsync(string code, string? secret) =>
        ApiAnswers.ReadAsync<List<ActionOverviewItem>>(Get(code, secret, "actions?format=json"));

    /// <summary>The action items as a file: "csv" or "ics" (their due dates as calendar entries).</summary>
    public Task<ApiResult<string>> ActionsFileAsync(string code, string? secret, string format) =>
        Text(code, secret, $"actions?format={format}");

    public Task<ApiResult<ParticipationInsight>> InsightAsync(string code, string? secret) =>
        ApiAnswers.ReadAsync<ParticipationInsight>(Get(code, secret, "insight?format=json"));

    /// <summary>One group's participation chart, an SVG drawn by the server.</summary>
    public Task<ApiResult<string>> InsightChartAsync(string code, string? secret, Guid boardId) =>
        Text(code, secret, $"insight?format=svg&board={boardId}");

    /// <summary>A page of a board's events after <paramref name="afterSeq"/>, as a facilitator saw them.</summary>
    public Task<ApiResult<CatchUpResult>> HistoryAsync(string code, string? secret, Guid boardId, long afterSeq) =>
        ApiAnswers.ReadAsync<CatchUpResult>(Get(code, secret, $"boards/{boardId}/history?after={afterSeq}"));

    private Task<ApiResult<string>> Text(string code, string? secret, string path) => ApiAnswers.ReadTextAsync(Get(code, secret, path));

    private Func<Task<HttpResponseMessage>> Get(string code, string? secret, string path) =>
        ApiAnswers.GetAsFacilitator(http, $"api/workshops/{Uri.EscapeDataString(code)}/{path}", secret);
}
