using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

/// <summary>The asker is the envelope's actor, the time its timestamp.</summary>
public sealed record QuestionAsked(Guid QuestionId, Guid NoteId, string StageId, string Text, NoteAnonymity Anonymity) : BoardEvent;
