using System.Collections.Immutable;
using Whiteboard.Core.Notes;

namespace Whiteboard.Core.Questions;

/// <summary>
/// A question asked on a note (提问, rules Q1–Q5) and its answers, oldest first: one thread. <see cref="Anonymity"/> is fixed
/// when it is asked, like a note's (rule H3); <see cref="AskerId"/> is empty in a view that may not know the asker.
/// </summary>
public sealed record Question(
    Guid Id,
    Guid NoteId,
    string StageId,
    string Text,
    Guid AskerId,
    NoteAnonymity Anonymity,
    DateTimeOffset AskedAt,
    ImmutableList<Answer> Answers);
