using Whiteboard.Core.Boards;
using Whiteboard.Core.Ratings;

namespace Whiteboard.Client.Ratings;

/// <summary>
/// The facilitator's criteria being edited (rule R1): rows of a name and a weight, added and removed, turned into the
/// criteria the step will rate on. A name typed here is the same in both languages; whether the whole may be saved is the
/// core's to say (<see cref="RatingAccess.AreValid"/>).
/// </summary>
public sealed class CriteriaDraft
{
    private readonly List<Row> _rows;
    private readonly Func<string> _newId;

    public CriteriaDraft(IReadOnlyList<RatingCriterion>? criteria, BoardLanguage language, Func<string> newId)
    {
        _newId = newId;
        _rows = [.. (criteria ?? []).Select(c => new Row(c.Id, c.Name.In(language), c.Weight, c.Name))];
    }

    /// <summary>One criterion as edited; <see cref="Original"/> keeps the other language's name while the name is unchanged.</summary>
    public sealed class Row(string id, string name, int weight, LocalizedText? original = null)
    {
        public string Id { get; } = id;
        public string Name { get; set; } = name;
        public int Weight { get; set; } = weight;
        public LocalizedText? Original { get; } = original;

        /// <summary>The name the field opened with: rendered once, so typing (and Chinese input methods) is never re-set.</summary>
        public string Initial { get; } = name;
    }

    public IReadOnlyList<Row> Rows => _rows;

    public bool MayAdd => _rows.Count < RatingCriterion.MaxCriteria;

    public void Add() => _rows.Add(new Row(_newId(), "", 1));

    public void Remove(Row row) => _rows.Remove(row);

    /// <summary>The criteria as the step will have them: names cleaned as the core cleans them.</summary>
    public IReadOnlyList<RatingCriterion> ToCriteria() => [.. _rows.Select(r =>
    {
        var name = TypedText.CriterionName.Check(r.Name).Text;
        var both = r.Original is { } original && (original.ZhCn == name || original.En == name) ? original : new LocalizedText(name, name);
        return new RatingCriterion(r.Id, both, r.Weight);
    })];

    public bool IsValid => RatingAccess.AreValid(ToCriteria());
}
