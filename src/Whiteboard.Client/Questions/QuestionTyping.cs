using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Questions;

/// <summary>
/// What is being typed in a note's thread sheet: the new question and an answer per question. Each box has a key that
/// changes when it is sent, so the box is made afresh (empty) instead of having its value re-set mid-composition.
/// </summary>
public sealed class QuestionTyping
{
    private readonly Dictionary<Guid, string> _answers = [];
    private readonly Dictionary<Guid, int> _answerKeys = [];

    public string Question { get; private set; } = "";

    public int QuestionKey { get; private set; }

    /// <summary>What is typed and not sent, to keep in the browser (a reload must not lose it).</summary>
    public QuestionDraft Draft => new(Question, new Dictionary<Guid, string>(_answers.Where(a => a.Value.Length > 0)));

    public bool IsEmpty => Question.Length == 0 && _answers.Values.All(a => a.Length == 0);

    /// <summary>Typing kept from before a reload, back in the boxes.</summary>
    public void Restore(QuestionDraft draft)
    {
        Question = draft.Question;
        foreach (var (questionId, text) in draft.Answers) _answers[questionId] = text;
    }

    public void TypeQuestion(string text) => Question = text;

    public void TypeAnswer(Guid questionId, string text) => _answers[questionId] = text;

    public string AnswerTo(Guid questionId) => _answers.GetValueOrDefault(questionId, "");

    public int AnswerKey(Guid questionId) => _answerKeys.GetValueOrDefault(questionId);

    /// <summary>Rule Q1: whether a text may be sent (the same check the core decides with).</summary>
    public static bool MaySend(string text) => TypedText.QuestionText.Check(text).Refusal is null;

    /// <summary>The question typed, taken out of its box to be sent.</summary>
    public string TakeQuestion()
    {
        var text = Question;
        (Question, QuestionKey) = ("", QuestionKey + 1);
        return text;
    }

    /// <summary>The answer typed to a question, taken out of its box to be sent.</summary>
    public string TakeAnswer(Guid questionId)
    {
        var text = AnswerTo(questionId);
        _answers.Remove(questionId);
        _answerKeys[questionId] = AnswerKey(questionId) + 1;
        return text;
    }
}
