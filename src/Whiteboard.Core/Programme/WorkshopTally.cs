using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Programme;

/// <summary>One workshop counted once, for every table that reads it (rules PN2–PN4).</summary>
internal sealed record WorkshopTally(WorkshopFacts Workshop, int Groups, int InRoom, int Remote, TimeSpan Hours,
    IReadOnlyList<(ActionItem Item, string? Unit)> Actions)
{
    public int Trainees => InRoom + Remote;

    public int Done => Actions.Count(a => a.Item.Status == ActionStatus.Done);

    public static WorkshopTally Of(WorkshopFacts w)
    {
        // Rule PN2: a trainee moved to another group appears on both boards; counted once, where they are now.
        var trainees = w.Boards.SelectMany(b => b.Participants.Values)
            .Where(p => p.Role == ParticipantRole.Participant && !p.Removed)
            .GroupBy(p => p.Id)
            .Select(g => g.FirstOrDefault(p => p.Active) ?? g.First())
            .ToList();
        var actions = w.Boards.SelectMany(b => b.Actions.Values.Select(a => (a, OwnerUnits.Of(b, a)))).ToList();
        return new WorkshopTally(w, w.Boards.Count, trainees.Count(p => p.Location == ParticipantLocation.InRoom),
            trainees.Count(p => p.Location == ParticipantLocation.Remote), ClassHours.Of(w.Boards), actions);
    }
}
