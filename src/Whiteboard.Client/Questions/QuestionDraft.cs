namespace Whiteboard.Client.Questions;

/// <summary>What was typed in a note's thread sheet and not sent yet: the new question, and an answer per question.</summary>
public sealed record QuestionDraft(string Question, IReadOnlyDictionary<Guid, string> Answers);
