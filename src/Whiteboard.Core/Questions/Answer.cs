using Whiteboard.Core.Notes;

namespace Whiteboard.Core.Questions;

/// <summary>An answer in a question's thread (rule Q2); <see cref="AuthorId"/> is empty in a view that may not know who wrote it.</summary>
public sealed record Answer(Guid Id, string Text, Guid AuthorId, NoteAnonymity Anonymity, DateTimeOffset At);
