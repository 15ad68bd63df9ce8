using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Reports;

/// <summary>
/// Builds the case report from the server's boards. Every board is first seen as any participant sees it
/// (<see cref="Visibility.Snapshot"/>): the report contains exactly the revealed content, ranked by visible votes, and
/// anonymous notes carry no author, scores only once revealed and without raters — whoever asks for the report. It is made to be passed on, so it carries no join code:
/// a reader of the case must not be able to enter the workshop.
/// </summary>
public static class CaseReports
{
    public static CaseReport Build(string title, BoardLanguage language, IEnumerable<BoardState> boards, DateTimeOffset now) =>
        new(title, language, now, [.. boards.OrderBy(b => b.GroupNumber).Select(b => Group(Visibility.Snapshot(b, Viewer.AnyParticipant), language, now))]);

    private static GroupReport Group(BoardState board, BoardLanguage language, DateTimeOffset now) => new GroupReport(
        board.BoardId,
        board.GroupNumber,
        [.. board.Stages.Select(s => Stage(board, s, language, now))],
        RankedIn(board, StageKind.Problem),
        RankedIn(board, StageKind.Plan),
        [.. board.Actions.Values.OrderBy(a => a.Due ?? DateOnly.MaxValue).ThenBy(a => a.CreatedAt)],
        board.Carried,
        [.. board.Stages.Where(s => s.Kind == StageKind.Reflection).SelectMany(s => board.NotesOf(s.Id)).Select(n => n.Text)],
        board.Summary,
        [.. board.Participants.Values.Where(p => p.Role != ParticipantRole.Observer).OrderBy(p => p.JoinedAt)
            .Select(p => new ReportParticipant(p.Name, p.Role, p.Location))])
    {
        Ratings = [.. board.Stages.Where(s => s.HasRating && s.RatingsRevealed)
            .Select(s => new RatingReport(s.Id, s.Title.In(language), s.Criteria!, RatingResults.Of(board, s.Id))).Where(r => r.Items.Count > 0)],
        Questioned = [.. board.NotesInOrder().Select(n => (Note: n, Threads: QuestionAccess.On(board, n.Id).ToList())).Where(x => x.Threads.Count > 0)
            .Select(x => new QuestionedNote(board.StageById(x.Note.StageId)!.Title.In(language), x.Note.Text,
                [.. x.Threads.Select(q => new ReportThread(q.Text, [.. q.Answers.Select(a => a.Text)]))]))],
    };

    private static StageReport Stage(BoardState board, Stage s, BoardLanguage language, DateTimeOffset now)
    {
        var canvas = s.Canvas;
        return new StageReport(s.Id, s.Kind, s.Title.In(language), s.Prompt.In(language), s.Status, s.OpenedAt, s.ClosedAt,
            board.NotesOf(s.Id).Count(), board.Votes.Count(v => v.StageId == s.Id), s.OpenedAt is null ? null : s.RunningTime(now),
            canvas.Kind, Zones(board, s, language), canvas.Head?.In(language), canvas.AcrossAxis?.In(language), canvas.UpAxis?.In(language));
    }

    /// <summary>Rule Z2: each zone with the notes whose centre lies in it, read top to bottom; then those outside every zone.</summary>
    private static IReadOnlyList<ZoneReport> Zones(BoardState board, Stage stage, BoardLanguage language)
    {
        if (stage.Canvas.Zones.Count == 0) return [];
        var byZone = board.NotesOf(stage.Id).Where(n => !n.Hidden).OrderBy(n => n.Y).ThenBy(n => n.X)
            .GroupBy(n => board.ZoneOf(n) ?? "").ToDictionary(g => g.Key, g => g.Select(n => n.Text).ToList());
        var zones = stage.Canvas.Zones.Select(z => new ZoneReport(z.Id, z.Label.In(language), byZone.GetValueOrDefault(z.Id) ?? [])).ToList();
        if (byZone.TryGetValue("", out var outside)) zones.Add(new ZoneReport("", "", outside));
        return zones;
    }

    /// <summary>The first step of the kind where dots could be given (ST10): a step that collects without voting is not ranked.</summary>
    private static RankedStage RankedIn(BoardState board, StageKind kind) =>
        board.Stages.FirstOrDefault(s => s.Kind == kind && s.Allows(StageCapabilities.Voting)) is { } stage ? Ranking.Of(board, stage.Id) : RankedStage.Empty;
}
