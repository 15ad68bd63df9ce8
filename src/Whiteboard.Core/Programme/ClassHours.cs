using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Programme;

/// <summary>
/// Rule PN3: how long a workshop's class ran. Each group's board ran from its first step opened to the last thing done in
/// class there — a step opened or closed, a note written, an action item made (progress reported afterwards is follow-up,
/// not class). Groups run side by side, so the workshop's time is its longest group's; a workshop whose steps never opened
/// has none.
/// </summary>
public static class ClassHours
{
    public static TimeSpan Of(IEnumerable<BoardState> boards) =>
        boards.Select(Span).DefaultIfEmpty(TimeSpan.Zero).Max();

    private static TimeSpan Span(BoardState board)
    {
        var opened = board.Stages.Select(s => s.OpenedAt).Where(t => t is not null).Select(t => t!.Value).ToList();
        if (opened.Count == 0) return TimeSpan.Zero;
        var start = opened.Min();
        var moments = board.Stages.SelectMany(s => new[] { s.OpenedAt, s.LastOpenedAt, s.ClosedAt })
            .Where(t => t is not null).Select(t => t!.Value)
            .Concat(board.Notes.Values.Select(n => n.CreatedAt))
            .Concat(board.Actions.Values.Select(a => a.CreatedAt));
        var end = moments.Max();
        return end > start ? end - start : TimeSpan.Zero;
    }
}
