using System.Globalization;
using Whiteboard.Client.Api;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Programme;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Office;

/// <summary>
/// The programme's numbers, facilitator records and open action items (docs/PROTOCOL.md, rules PN1–PN8), with the page's
/// credential in its header. Files come in the language the reader sees (the <c>culture</c> the server localises by).
/// </summary>
public sealed class ProgrammeApi(HttpClient http)
{
    public Task<ApiResult<ProgrammeNumbers>> NumbersAsync(ProgrammeKey key, ProgrammePeriod period) =>
        ApiAnswers.ReadAsync<ProgrammeNumbers>(Get(key, $"api/programme/numbers?{Range(period)}"));

    /// <summary>One table as CSV ("summary", "units", "facilitators", "months"), or the charts as SVG (<paramref name="table"/> null).</summary>
    public Task<ApiResult<string>> NumbersFileAsync(ProgrammeKey key, ProgrammePeriod period, string? table, BoardLanguage language) =>
        ApiAnswers.ReadTextAsync(Get(key, table is null
            ? $"api/programme/numbers?{Range(period)}&format=svg&culture={language.CultureName()}"
            : $"api/programme/numbers?{Range(period)}&format=csv&table={table}&culture={language.CultureName()}"));

    public Task<ApiResult<List<FacilitatorTally>>> FacilitatorRecordsAsync(ProgrammeKey key) =>
        ApiAnswers.ReadAsync<List<FacilitatorTally>>(Get(key, "api/programme/facilitators"));

    public Task<ApiResult<string>> FacilitatorRecordsCsvAsync(ProgrammeKey key, BoardLanguage language) =>
        ApiAnswers.ReadTextAsync(Get(key, $"api/programme/facilitators?format=csv&culture={language.CultureName()}"));

    public Task<ApiResult<List<OpenActionItem>>> OpenActionsAsync(ProgrammeKey key) =>
        ApiAnswers.ReadAsync<List<OpenActionItem>>(Get(key, "api/programme/actions"));

    /// <summary>The open items as "csv" (with the follow-up links) or "ics" (reminders before each due date).</summary>
    public Task<ApiResult<string>> OpenActionsFileAsync(ProgrammeKey key, string format, BoardLanguage language) =>
        ApiAnswers.ReadTextAsync(Get(key, $"api/programme/actions?format={format}&culture={language.CultureName()}"));

    private static string Range(ProgrammePeriod period) =>
        $"from={period.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={period.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private Func<Task<HttpResponseMessage>> Get(ProgrammeKey key, string path) =>
        ApiAnswers.SendWith(http, HttpMethod.Get, path, key.Header, key.Value);
}
