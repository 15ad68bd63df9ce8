using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Questions;

/// <summary>
/// What a viewer may do with questions on notes now (rules Q1–Q4, H1, H4, ST5, ST10): why not, or null when allowed.
/// The board's "提问" button and answer box ask these; <c>Board.Decide</c> asks the same.
/// </summary>
public static class QuestionAccess
{
    /// <summary>
    /// Rules Q1, Q4: a question goes on a note the room has seen (H4), in the current step when it allows questions and
    /// may be changed (ST5, ST10), while the asker has not reached their quota for the step.
    /// </summary>
    public static RejectionCode? CheckAsk(BoardState state, Guid noteId, Viewer viewer) =>
        CheckOnNote(state, noteId, viewer) ?? CheckQuota(state, state.Notes[noteId].StageId, viewer);

    /// <summary>Rules Q2, Q4: the note's author, or anyone else who may ask on the note, answers.</summary>
    public static RejectionCode? CheckAnswer(BoardState state, Question question, Viewer viewer) =>
        CheckOnNote(state, question.NoteId, viewer) ?? CheckQuota(state, question.StageId, viewer);

    /// <summary>Rule Q3: only the asker rewords a question, while questions may be asked on its note.</summary>
    public static RejectionCode? CheckEdit(BoardState state, Question question, Viewer viewer) =>
        CheckOnNote(state, question.NoteId, viewer) ?? (question.AskerId == viewer.ParticipantId ? null : RejectionCode.NotAllowed);

    /// <summary>Rule Q3: the asker withdraws a question, a facilitator removes any, while its step may be changed (ST5).</summary>
    public static RejectionCode? CheckWithdraw(BoardState state, Question question, Viewer viewer) =>
        StageAccess.CheckChange(state, question.StageId, viewer)
            ?? (question.AskerId == viewer.ParticipantId || viewer.IsFacilitator ? null : RejectionCode.NotAllowed);

    /// <summary>The questions on a note, oldest first (the order of the thread).</summary>
    public static IEnumerable<Question> On(BoardState state, Guid noteId) =>
        state.Questions.Values.Where(q => q.NoteId == noteId).OrderBy(q => q.AskedAt).ThenBy(q => q.Id);

    /// <summary>Rules Q1, H1, H4, ST5, ST10: the note is one this viewer sees, revealed, in a step that takes questions now.</summary>
    private static RejectionCode? CheckOnNote(BoardState state, Guid noteId, Viewer viewer) =>
        StageAccess.CheckNotObserver(viewer) ?? NoteAccess.CheckRevealed(state, noteId, viewer)
            ?? StageAccess.CheckChangeAllowing(state, state.Notes[noteId].StageId, StageCapabilities.Questions,
                RejectionCode.NoQuestionsInStage, viewer);

    /// <summary>Rule Q4: one person writes a bounded number of questions and answers in a step; facilitators have no quota.</summary>
    private static RejectionCode? CheckQuota(BoardState state, string stageId, Viewer viewer) =>
        !viewer.IsFacilitator && PostsBy(state, viewer.ParticipantId, stageId) >= BoardLimits.MaxQuestionPostsPerParticipantPerStage
            ? RejectionCode.QuestionQuotaReached : null;

    private static int PostsBy(BoardState state, Guid personId, string stageId) =>
        state.Questions.Values.Where(q => q.StageId == stageId)
            .Sum(q => (q.AskerId == personId ? 1 : 0) + q.Answers.Count(a => a.AuthorId == personId));
}
