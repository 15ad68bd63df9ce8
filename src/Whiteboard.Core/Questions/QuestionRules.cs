using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Questions;

/// <summary>Rules Q1–Q5, B6: questions asked on notes, answered, reworded and withdrawn.</summary>
internal static class QuestionRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context, ParticipantRole role)
    {
        var viewer = new Viewer(context.ActorId, role);
        return command switch
        {
            AskQuestion c => DecideAsk(state, c, viewer),
            AnswerQuestion c => DecideAnswer(state, c, viewer),
            EditQuestion c => Find(state, c.QuestionId, viewer, out var q) ?? QuestionAccess.CheckEdit(state, q!, viewer)
                ?? Clean(c.Text, out var text) ?? Decision.Accept(new QuestionEdited(q!.Id, text)),
            WithdrawQuestion c => Find(state, c.QuestionId, viewer, out var q) ?? QuestionAccess.CheckWithdraw(state, q!, viewer)
                ?? Decision.Accept(new QuestionWithdrawn(q!.Id)),
            _ => RejectionCode.MalformedMessage,
        };
    }

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        QuestionAsked e => state with
        {
            Questions = state.Questions.SetItem(e.QuestionId,
                new Question(e.QuestionId, e.NoteId, e.StageId, e.Text, envelope.ActorId, e.Anonymity, envelope.At, [])),
        },
        QuestionAnswered e => Update(state, e.QuestionId, q => q with
        {
            Answers = q.Answers.Add(new Answer(e.AnswerId, e.Text, envelope.ActorId, e.Anonymity, envelope.At)),
        }),
        QuestionEdited e => Update(state, e.QuestionId, q => q with { Text = e.Text }),
        QuestionWithdrawn e => state with { Questions = state.Questions.Remove(e.QuestionId) },
        _ => state,
    };

    /// <summary>Rule Q5: a deleted note takes its questions and their answers with it.</summary>
    public static BoardState ForgetNote(BoardState state, Guid noteId) =>
        state.Questions.Values.Any(q => q.NoteId == noteId)
            ? state with { Questions = state.Questions.RemoveRange(state.Questions.Values.Where(q => q.NoteId == noteId).Select(q => q.Id)) }
            : state;

    private static Decision DecideAsk(BoardState state, AskQuestion c, Viewer viewer)
    {
        if (c.QuestionId == Guid.Empty) return RejectionCode.MalformedMessage;
        if (state.Questions.ContainsKey(c.QuestionId)) return RejectionCode.QuestionAlreadyExists;
        if (state.HoldsId(c.QuestionId)) return RejectionCode.IdInUse; // B6
        if (QuestionAccess.CheckAsk(state, c.NoteId, viewer) is { } refused) return refused;
        if (PostsOn(state) >= BoardLimits.MaxQuestionPostsPerBoard) return RejectionCode.TooManyQuestions;
        var stage = state.StageById(state.Notes[c.NoteId].StageId)!;
        return Clean(c.Text, out var text) ?? Decision.Accept(new QuestionAsked(c.QuestionId, c.NoteId, stage.Id, text, stage.Settings.Anonymity));
    }

    private static Decision DecideAnswer(BoardState state, AnswerQuestion c, Viewer viewer)
    {
        if (c.AnswerId == Guid.Empty) return RejectionCode.MalformedMessage;
        if (Find(state, c.QuestionId, viewer, out var question) is { } missing) return missing;
        if (state.HoldsId(c.AnswerId)) return RejectionCode.IdInUse; // B6
        if (QuestionAccess.CheckAnswer(state, question!, viewer) is { } refused) return refused;
        if (PostsOn(state) >= BoardLimits.MaxQuestionPostsPerBoard) return RejectionCode.TooManyQuestions;
        // H3: an answer is as anonymous as the step is now, like a note written now.
        var anonymity = state.StageById(question!.StageId)!.Settings.Anonymity;
        return Clean(c.Text, out var text) ?? Decision.Accept(new QuestionAnswered(c.AnswerId, question.Id, text, anonymity));
    }

    /// <summary>Rule Q4: every question and answer on the board, so that a class cannot fill the store.</summary>
    private static int PostsOn(BoardState state) => state.Questions.Count + state.Questions.Values.Sum(q => q.Answers.Count);

    /// <summary>A question on a note this viewer may not see does not exist for them (H1).</summary>
    private static RejectionCode? Find(BoardState state, Guid questionId, Viewer viewer, out Question? question) =>
        state.Questions.TryGetValue(questionId, out question) && state.Notes.TryGetValue(question.NoteId, out var note)
            && Visibility.CanSee(note, viewer) ? null : RejectionCode.QuestionNotFound;

    private static Decision? Clean(string raw, out string text)
    {
        (text, var refused) = TypedText.QuestionText.Check(raw);
        return refused is { } code ? code : null;
    }

    private static BoardState Update(BoardState state, Guid questionId, Func<Question, Question> change) =>
        state.Questions.TryGetValue(questionId, out var q) ? state with { Questions = state.Questions.SetItem(questionId, change(q)) } : state;
}
