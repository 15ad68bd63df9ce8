namespace Whiteboard.Core.Programme;

/// <summary>
/// Rule PN7: a facilitator's record (促进师档案) over a period — the workshops made with their link, their groups and
/// trainees, how many of those groups' action items are done, and the cases published from their workshops: the evidence
/// a college recognises facilitators by. Listed by workshops run, most first, then by name.
/// </summary>
public sealed record FacilitatorTally(
    Guid FacilitatorId,
    string Name,
    string Unit,
    bool Revoked,
    int Workshops,
    int Groups,
    int Trainees,
    int ActionsMade,
    int ActionsDone,
    int CasesPublished)
{
    public double? CompletionRate => Completion.Rate(ActionsMade, ActionsDone);

    public static IReadOnlyList<FacilitatorTally> Of(IEnumerable<ProgrammeFacilitator> facilitators, IEnumerable<WorkshopFacts> workshops,
        IEnumerable<ProgrammeCase> cases, ProgrammePeriod period)
    {
        var theirs = workshops.Where(w => w.FacilitatorId is not null).ToList();
        var tallies = theirs.Where(w => period.Contains(w.CreatedAt)).Select(WorkshopTally.Of).ToLookup(t => t.Workshop.FacilitatorId!.Value);
        // A case counts when it was published in the period, whenever its workshop ran.
        var facilitatorOf = theirs.ToDictionary(w => w.WorkshopId, w => w.FacilitatorId!.Value);
        var published = cases.Where(c => c.PublishedAt is { } at && period.Contains(at) && facilitatorOf.ContainsKey(c.WorkshopId))
            .ToLookup(c => facilitatorOf[c.WorkshopId]);
        return [.. facilitators.Select(f =>
            {
                var mine = tallies[f.FacilitatorId].ToList();
                return new FacilitatorTally(f.FacilitatorId, f.Name, f.Unit, f.Revoked, mine.Count, mine.Sum(t => t.Groups), mine.Sum(t => t.Trainees),
                    mine.Sum(t => t.Actions.Count), mine.Sum(t => t.Done), published[f.FacilitatorId].Count());
            })
            .OrderByDescending(f => f.Workshops).ThenBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.FacilitatorId)];
    }
}
