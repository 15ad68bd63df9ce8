using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>
/// Compares board states by value. Records holding immutable collections compare those by reference, so this compares them
/// element by element: notes, kept deleted notes, clusters, participants and action items by id, stages in order with their
/// done flags as sets, votes and scores as multisets (a reveal may reorder them), criteria in order, the summary and the
/// carried actions in order, questions by id with their answers in order.
/// </summary>
internal static class BoardStates
{
    public static bool Same(BoardState x, BoardState y) =>
        x.BoardId == y.BoardId && x.Seq == y.Seq && x.Title == y.Title && x.Language == y.Language &&
        x.WorkshopId == y.WorkshopId && x.GroupNumber == y.GroupNumber &&
        x.Stages.Count == y.Stages.Count && x.Stages.Zip(y.Stages).All(p => Same(p.First, p.Second)) &&
        Same(x.Notes, y.Notes) && Same(x.Deleted, y.Deleted) && Same(x.Clusters, y.Clusters) && Same(x.Participants, y.Participants) &&
        Ordered(x.Votes).SequenceEqual(Ordered(y.Votes)) &&
        Same(x.Actions, y.Actions) && x.Summary == y.Summary && x.Carried.SequenceEqual(y.Carried) &&
        Ordered(x.Ratings).SequenceEqual(Ordered(y.Ratings)) &&
        x.Questions.Count == y.Questions.Count && x.Questions.All(p => y.Questions.TryGetValue(p.Key, out var other) && Same(p.Value, other));

    /// <summary>Fails with both states as canonical JSON when they differ.</summary>
    public static void AssertSame(BoardState expected, BoardState actual, string context)
    {
        if (!Same(expected, actual))
            Assert.Fail($"{context}\nexpected: {Canonical(expected)}\nactual:   {Canonical(actual)}");
    }

    /// <summary>The state as JSON with every collection in a fixed order: equal states give equal strings.</summary>
    public static string Canonical(BoardState state)
    {
        var snapshot = BoardSnapshot.Of(state) with { Votes = [.. Ordered(state.Votes)], Ratings = [.. Ordered(state.Ratings)] };
        var node = JsonSerializer.SerializeToNode(snapshot, WireJson.Options)!;
        foreach (var stage in node["stages"]!.AsArray())
        {
            var done = stage!["done"]!.AsArray().Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
            stage["done"] = new JsonArray([.. done.Select(d => (JsonNode)d)]);
        }
        return node.ToJsonString(WireJson.Options);
    }

    private static IEnumerable<Vote> Ordered(IEnumerable<Vote> votes) =>
        votes.OrderBy(v => v.StageId, StringComparer.Ordinal).ThenBy(v => v.TargetId).ThenBy(v => v.VoterId).ThenBy(v => v.Hidden);

    private static IEnumerable<Ratings.Rating> Ordered(IEnumerable<Ratings.Rating> ratings) =>
        ratings.OrderBy(r => r.SheetId).ThenBy(r => r.CriterionId, StringComparer.Ordinal).ThenBy(r => r.RaterId);

    private static bool Same(Stage x, Stage y) =>
        x with { Done = ImmutableHashSet<Guid>.Empty, Criteria = null, Layout = null } == y with { Done = ImmutableHashSet<Guid>.Empty, Criteria = null, Layout = null } &&
        x.Done.SetEquals(y.Done) && (x.Criteria ?? []).SequenceEqual(y.Criteria ?? []) &&
        JsonSerializer.Serialize(x.Layout, WireJson.Options) == JsonSerializer.Serialize(y.Layout, WireJson.Options); // its zones are a list

    private static bool Same(Questions.Question x, Questions.Question y) =>
        x with { Answers = [] } == y with { Answers = [] } && x.Answers.SequenceEqual(y.Answers);

    private static bool Same<T>(ImmutableDictionary<Guid, T> x, ImmutableDictionary<Guid, T> y) =>
        x.Count == y.Count && x.All(p => y.TryGetValue(p.Key, out var other) && EqualityComparer<T>.Default.Equals(p.Value, other));
}
