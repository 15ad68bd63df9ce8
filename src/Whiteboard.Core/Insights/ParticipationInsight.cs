using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Insights;

/// <summary>How evenly each group took part, and the workshop's totals: for the facilitator, after or during the session.</summary>
public sealed record ParticipationInsight(IReadOnlyList<GroupInsight> Groups)
{
    public int InRoom => Groups.Sum(g => g.InRoom);
    public int Remote => Groups.Sum(g => g.Remote);
    public int Notes => Groups.Sum(g => g.Stages.Sum(s => s.Notes));
    public int VotesCast => Groups.Sum(g => g.VotesCast);
    public int Questions => Groups.Sum(g => g.Stages.Sum(s => s.Questions));
    public int Answers => Groups.Sum(g => g.Stages.Sum(s => s.Answers));

    /// <summary>
    /// From the server's full boards. Hidden notes count for their stage (a number says nothing of their content); a note,
    /// a question or an answer counts for its writer only when it was written under their name; scores count only once
    /// revealed, and never for a person (rule R4).
    /// </summary>
    public static ParticipationInsight Of(IEnumerable<BoardState> boards, BoardLanguage language) =>
        new([.. boards.OrderBy(b => b.GroupNumber).Select(b => Group(b, language))]);

    private static GroupInsight Group(BoardState board, BoardLanguage language)
    {
        var named = board.Notes.Values.Where(n => Named(n.Anonymity, n.AuthorId)).ToList();
        var asked = board.Questions.Values.Where(q => Named(q.Anonymity, q.AskerId)).ToList();
        var answered = board.Questions.Values.SelectMany(q => q.Answers.Where(a => Named(a.Anonymity, a.AuthorId)).Select(a => (q.StageId, a.AuthorId))).ToList();
        // A participant moved to another group counts there; here only for what they wrote while they were here.
        var trainees = board.Participants.Values.Where(p => p.Role == ParticipantRole.Participant
            && (p.Active || named.Any(n => n.AuthorId == p.Id) || asked.Any(q => q.AskerId == p.Id) || answered.Any(a => a.AuthorId == p.Id))).ToList();
        var people = trainees.Select(p => new PersonActivity(p.Name, p.Location,
                board.Stages.ToDictionary(s => s.Id, s => named.Count(n => n.AuthorId == p.Id && n.StageId == s.Id)))
            {
                QuestionsByStage = board.Stages.ToDictionary(s => s.Id, s => asked.Count(q => q.AskerId == p.Id && q.StageId == s.Id)),
                AnswersByStage = board.Stages.ToDictionary(s => s.Id, s => answered.Count(a => a.AuthorId == p.Id && a.StageId == s.Id)),
            })
            .OrderByDescending(p => p.Notes).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var facilitators = Visibility.Snapshot(board, Viewer.AnyFacilitator); // R4: scores as a facilitator may see them
        var stages = board.Stages.Select(s => new StageActivity(s.Id, s.Title.In(language),
            board.NotesOf(s.Id).Count(), board.NotesOf(s.Id).Count(n => n.Anonymity != NoteAnonymity.Named),
            board.Votes.Count(v => v.StageId == s.Id),
            s.OpenedAt is null || s.IsCurrent ? null : s.Elapsed)
        {
            Ran = s.OpenedAt is not null,
            Questions = board.Questions.Values.Count(q => q.StageId == s.Id),
            Answers = board.Questions.Values.Where(q => q.StageId == s.Id).Sum(q => q.Answers.Count),
            Ratings = s.HasRating ? Ratings(facilitators, s) : null,
        }).ToList();
        return new GroupInsight(board.BoardId, board.GroupNumber,
            trainees.Count(p => p.Active && p.Location == ParticipantLocation.InRoom), trainees.Count(p => p.Active && p.Location == ParticipantLocation.Remote),
            people, board.Notes.Values.Count(n => n.Anonymity != NoteAnonymity.Named), stages, board.Votes.Count, TopThirdShare(people));
    }

    /// <summary>Rule H3: tied to a person only what the whole room may know they wrote.</summary>
    private static bool Named(NoteAnonymity anonymity, Guid writerId) => Visibility.KnowsWho(anonymity, writerId, Viewer.AnyParticipant);

    /// <summary>Rules R4, R5: the revealed results counted — items, raters' sheets, scores — from the facilitator's view.</summary>
    private static RatingActivity Ratings(BoardState facilitators, Stage stage)
    {
        var items = RatingResults.Of(facilitators, stage.Id);
        return new RatingActivity(stage.RatingsRevealed, items.Count, items.Sum(i => i.Raters), items.Sum(i => i.Criteria.Sum(c => c.Scores)));
    }

    private static double? TopThirdShare(IReadOnlyList<PersonActivity> people)
    {
        var total = people.Sum(p => p.Notes);
        if (total == 0 || people.Count == 0) return null;
        var third = (int)Math.Ceiling(people.Count / 3.0);
        return people.Take(third).Sum(p => p.Notes) / (double)total;
    }
}
