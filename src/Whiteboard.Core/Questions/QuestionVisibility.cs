using System.Collections.Immutable;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

/// <summary>
/// Rules Q5, H1, H3: a thread is seen by those who see its note, and names its asker and answerers only to those who may
/// know them — the same as a note's author in the same step.
/// </summary>
internal static class QuestionVisibility
{
    /// <summary>The threads of a board as a viewer may see them, given the notes the viewer sees.</summary>
    public static ImmutableDictionary<Guid, Question> Snapshot(BoardState state, Viewer viewer) =>
        state.Questions.Values.Where(q => SeesNote(state, q.NoteId, viewer)).Select(q => AsSeenBy(q, viewer)).ToImmutableDictionary(q => q.Id);

    /// <summary>A question event as sent to a viewer, given the server's state just before it.</summary>
    public static EventEnvelope Project(BoardState before, EventEnvelope envelope, Viewer viewer)
    {
        var question = envelope.Event switch
        {
            QuestionAnswered e => before.Questions.GetValueOrDefault(e.QuestionId),
            QuestionEdited e => before.Questions.GetValueOrDefault(e.QuestionId),
            QuestionWithdrawn e => before.Questions.GetValueOrDefault(e.QuestionId),
            _ => null,
        };
        var noteId = envelope.Event is QuestionAsked asked ? asked.NoteId : question?.NoteId;
        if (noteId is not { } id || !before.Notes.ContainsKey(id)) return envelope;
        if (!SeesNote(before, id, viewer)) return Visibility.Hidden(envelope);
        if (envelope.ActorId == viewer.ParticipantId) return envelope;
        var named = envelope.Event switch
        {
            QuestionAsked e => Visibility.KnowsWho(e.Anonymity, envelope.ActorId, viewer),
            QuestionAnswered e => Visibility.KnowsWho(e.Anonymity, envelope.ActorId, viewer),
            // Who rewords or withdraws an anonymous question could give its asker away.
            _ => Visibility.KnowsWho(question!.Anonymity, question.AskerId, viewer),
        };
        return named ? envelope : envelope with { ActorId = Guid.Empty };
    }

    private static bool SeesNote(BoardState state, Guid noteId, Viewer viewer) =>
        state.Notes.TryGetValue(noteId, out var note) && Visibility.CanSee(note, viewer);

    private static Question AsSeenBy(Question q, Viewer viewer) => q with
    {
        AskerId = Visibility.KnowsWho(q.Anonymity, q.AskerId, viewer) ? q.AskerId : Guid.Empty,
        Answers = [.. q.Answers.Select(a => Visibility.KnowsWho(a.Anonymity, a.AuthorId, viewer) ? a : a with { AuthorId = Guid.Empty })],
    };
}
