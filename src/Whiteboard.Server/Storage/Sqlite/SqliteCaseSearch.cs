using Microsoft.Data.Sqlite;
using Whiteboard.Core.Cases;

namespace Whiteboard.Server.Storage.Sqlite;

/// <summary>
/// Rule K4 on the embedded store: the query as SQL over the cases table and its FTS5 trigram index. A word of three
/// characters or more is a trigram phrase match; a shorter one (改革, AI), which trigrams cannot match, a LIKE over the
/// same folded text. The caller keeps only what <see cref="CaseQuery.Matches"/> says, so both stores answer alike.
/// </summary>
internal static class SqliteCaseSearch
{
    public static void Build(SqliteCommand command, CaseQuery query)
    {
        var sql = new System.Text.StringBuilder("SELECT json FROM cases WHERE 1 = 1");
        void Add(string clause, string name, object value)
        {
            sql.Append(" AND ").Append(clause);
            command.Parameters.AddWithValue(name, value);
        }
        if (query.Status is { } status) Add("status = $status", "$status", status.ToString());
        if (query.Year is { } year) Add("year = $year", "$year", year);
        if (query.FacilitatorId is { } facilitator) Add("facilitator_id = $facilitator", "$facilitator", facilitator.ToString());
        if (query.WorkshopId is { } workshop) Add("workshop_id = $workshop", "$workshop", workshop.ToString());
        if (query.Unit is { } unit) Add("unit = $unit COLLATE NOCASE", "$unit", unit);
        var terms = CaseSearch.Terms(query.Text);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (term.Length >= 3)
                Add($"case_id IN (SELECT case_id FROM cases_text WHERE cases_text MATCH $t{i})", $"$t{i}", $"\"{term.Replace("\"", "\"\"")}\"");
            else
                Add($"case_id IN (SELECT case_id FROM cases_text WHERE body LIKE $t{i} ESCAPE '\\')", $"$t{i}",
                    $"%{term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%");
        }
        command.CommandText = sql.Append(" ORDER BY updated_at_ticks DESC, case_id").ToString();
    }
}
