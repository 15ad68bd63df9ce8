using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Notes;

/// <summary>
/// Where this browser puts its new notes: in the middle of what is on screen, on no other note — also none of its own
/// still on their way; during private writing, in a row of this person's own.
/// </summary>
public sealed class NewNotePlacement
{
    /// <summary>Where this browser put new notes: the next one steps aside even before the earlier ones arrive.</summary>
    private readonly List<(Guid NoteId, string StageId, double X, double Y)> _placed = [];

    /// <param name="visible">The middle of what is on screen and how tall it is, in board coordinates.</param>
    /// <param name="zoneId">The zone of the stage's canvas the note goes into, when it has zones (rule Z2).</param>
    public (double X, double Y) Place(Guid noteId, string stageId, BoardState state, Guid me, (double X, double Y, double Height) visible,
        string? zoneId = null)
    {
        // Spots this browser used for notes still on their way count as taken; once a note is on the board, it counts itself.
        _placed.RemoveAll(p => p.StageId != stageId || state.Notes.ContainsKey(p.NoteId));
        var taken = state.NotesOf(stageId).Select(n => (n.X, n.Y)).Concat(_placed.Select(p => (p.X, p.Y))).ToList();
        var area = state.StageById(stageId)?.Canvas.Areas().FirstOrDefault(a => a.ZoneId == zoneId);
        var (x, y) = area is not null ? NotePlacement.InArea(area, taken)
            : PrivateRow(state, me) is { } row
            ? NotePlacement.InRow(visible.X, visible.Y + row * NotePlacement.RowSpacing(visible.Height), taken)
            : NotePlacement.Near(visible.X, visible.Y, taken);
        _placed.Add((noteId, stageId, x, y));
        return (x, y);
    }

    /// <summary>
    /// During private writing nobody sees the others' notes, so nobody can make room for them: each person fills a row
    /// of their own around the middle (by the order they joined), so that revealed notes rarely land on each other.
    /// </summary>
    private static int? PrivateRow(BoardState state, Guid me)
    {
        if (state.CurrentStage is not { Settings.PrivateWriting: true }) return null;
        var slot = state.Participants.Values.Where(p => p.Active).OrderBy(p => p.JoinedAt).ToList().FindIndex(p => p.Id == me);
        return slot < 0 ? null : slot % 3 - 1;
    }
}
