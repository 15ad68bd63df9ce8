using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Insights;

/// <summary>How evenly each group took part, and the workshop's totals: for the facilitator, after or during the session.</summary>
public sealed record ParticipationInsight(IReadOnlyList<GroupInsight> Groups)
{
    public int InRoom => Groups.Sum(g => g.InRoom);
    public int Remote => Groups.Sum(g => g.Remote);
    public int Notes => Groups.Sum(g => g.Stages.Sum(s => s.Notes));
    public int VotesCast => Groups.Sum(g => g.VotesCast);

    /// <summary>
    /// From the server's full boards. Hidden notes count for their stage (a number says nothing of their content); a note
    /// counts for its author only when it was written under their name.
    /// </summary>
    public static ParticipationInsight Of(IEnumerable<BoardState> boards, BoardLanguage language) =>
        new([.. boards.OrderBy(b => b.GroupNumber).Select(b => Group(b, language))]);

    private static GroupInsight Group(BoardState board, BoardLanguage language)
    {
        var named = board.Notes.Values.Where(n => n.Anonymity == NoteAnonymity.Named).ToList();
        // A participant moved to another group counts there; here only for what they wrote while they were here.
        var trainees = board.Participants.Values.Where(p => p.Role == ParticipantRole.Participant && (p.Active || named.Any(n => n.AuthorId == p.Id))).ToList();
        var people = trainees.Select(p => new PersonActivity(p.Name, p.Location,
                board.Stages.ToDictionary(s => s.Id, s => named.Count(n => n.AuthorId == p.Id && n.StageId == s.Id))))
            .OrderByDescending(p => p.Notes).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var stages = board.Stages.Select(s => new StageActivity(s.Id, s.Title.In(language),
            board.NotesOf(s.Id).Count(), board.NotesOf(s.Id).Count(n => n.Anonymity != NoteAnonymity.Named),
            board.Votes.Count(v => v.StageId == s.Id),
            s.OpenedAt is null || s.IsCurrent ? null : s.Elapsed)).ToList();
        return new GroupInsight(board.BoardId, board.GroupNumber,
            trainees.Count(p => p.Active && p.Location == ParticipantLocation.InRoom), trainees.Count(p => p.Active && p.Location == ParticipantLocation.Remote),
            people, board.Notes.Values.Count(n => n.Anonymity != NoteAnonymity.Named), stages, board.Votes.Count, TopThirdShare(people));
    }

    private static double? TopThirdShare(IReadOnlyList<PersonActivity> people)
    {
        var total = people.Sum(p => p.Notes);
        if (total == 0 || people.Count == 0) return null;
        var third = (int)Math.Ceiling(people.Count / 3.0);
        return people.Take(third).Sum(p => p.Notes) / (double)total;
    }
}
