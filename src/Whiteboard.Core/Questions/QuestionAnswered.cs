using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

/// <summary>Who answered is the envelope's actor, the time its timestamp.</summary>
public sealed record QuestionAnswered(Guid AnswerId, Guid QuestionId, string Text, NoteAnonymity Anonymity) : BoardEvent;
