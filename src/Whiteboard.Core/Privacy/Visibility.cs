using System.Collections.Immutable;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Privacy;

/// <summary>
/// What each viewer may see (rules H1–H4, V4), applied where the board leaves the server: the snapshot a viewer joins with,
/// and every event as sent to them. Applying the projected events to the projected snapshot gives exactly the projection of
/// the server's state — a viewer's browser never holds, even briefly, what it may not see.
/// </summary>
public static class Visibility
{
    /// <summary>H1: a hidden note is seen by its author and the facilitators only.</summary>
    public static bool CanSee(Note note, Viewer viewer) =>
        !note.Hidden || note.AuthorId == viewer.ParticipantId || viewer.IsFacilitator;

    /// <summary>H3: who may know a note's author.</summary>
    public static bool SeesAuthor(Note note, Viewer viewer) => KnowsWho(note.Anonymity, note.AuthorId, viewer);

    /// <summary>H3: who may know the writer of something written with <paramref name="anonymity"/> (a note, a question, an answer).</summary>
    public static bool KnowsWho(NoteAnonymity anonymity, Guid writerId, Viewer viewer) => anonymity switch
    {
        NoteAnonymity.Named => true,
        _ when writerId == viewer.ParticipantId => true,
        NoteAnonymity.HiddenFromParticipants => viewer.IsFacilitator,
        _ => false,
    };

    /// <summary>
    /// Rules S3, H1, H3: a drag preview of a note as relayed to others — to those who may see the note
    /// (<see cref="CanSee"/>), naming the dragger only on a note whose author is named.
    /// </summary>
    public static NoteDrag DragOf(Note note, Guid boardId, double x, double y, Guid draggerId) =>
        new(boardId, note.Id, x, y, note.Anonymity == NoteAnonymity.Named ? draggerId : Guid.Empty);

    /// <summary>The board as a viewer may see it.</summary>
    public static BoardState Snapshot(BoardState state, Viewer viewer) => state with
    {
        Notes = state.Notes.Values.Where(n => CanSee(n, viewer)).Select(n => AsSeenBy(n, viewer)).ToImmutableDictionary(n => n.Id),
        Votes = [.. state.Votes.Where(v => v.VoterId == viewer.ParticipantId || !v.Hidden).Select(v => AsSeenBy(v, viewer))],
        Deleted = state.Deleted.Values.Where(d => CanSee(d.Note, viewer)).Select(d => AsSeenBy(d, viewer)).ToImmutableDictionary(d => d.Note.Id),
        Actions = state.Actions.Values.Select(a => a.MakerHidden && a.CreatedBy != viewer.ParticipantId ? a with { CreatedBy = Guid.Empty } : a)
            .ToImmutableDictionary(a => a.Id),
        Ratings = [.. state.Ratings.Where(r => r.RaterId == viewer.ParticipantId || state.StageById(r.StageId)?.RatingsRevealed == true)
            .Select(r => AsSeenBy(r, viewer))],
        Questions = QuestionVisibility.Snapshot(state, viewer),
    };

    /// <summary>An event as sent to a viewer, given the server's state just before it.</summary>
    public static EventEnvelope Project(BoardState before, EventEnvelope envelope, Viewer viewer)
    {
        var actorIsViewer = envelope.ActorId == viewer.ParticipantId;
        switch (envelope.Event)
        {
            case NoteAdded added:
                var note = new Note(added.NoteId, added.StageId, added.Text, added.Color, added.X, added.Y, envelope.ActorId, null,
                    added.Hidden, added.Anonymity, envelope.At, envelope.At);
                return !CanSee(note, viewer) ? Hidden(envelope)
                    : SeesAuthor(note, viewer) ? envelope : envelope with { ActorId = Guid.Empty };
            case NoteEdited or NoteRecolored or NoteMoved or NoteDeleted or NoteRestored:
                var target = envelope.Event is NoteRestored restored
                    ? before.Deleted.GetValueOrDefault(restored.NoteId)?.Note
                    : before.Notes.GetValueOrDefault(NoteIdOf(envelope.Event));
                if (target is null) return envelope;
                if (!CanSee(target, viewer)) return Hidden(envelope);
                // Who changed an anonymous note could give its author away. Who deleted one is kept (N10), so it is told by
                // role alone, the same live and on catch-up (Fanout sends even the author the room's version).
                var knows = envelope.Event is NoteDeleted ? SeesAuthor(target, viewer with { ParticipantId = Guid.Empty }) : SeesAuthor(target, viewer);
                return knows || actorIsViewer ? envelope : envelope with { ActorId = Guid.Empty };
            case ActionItems.ActionItemCreated { MakerHidden: true } when !actorIsViewer:
                return envelope with { ActorId = Guid.Empty };
            case ActionItems.ActionItemEdited or ActionItems.ActionItemDeleted or ActionItems.ActionProgressUpdated when !actorIsViewer:
                // H3: a later change by a hidden maker would name them as surely as the making.
                return before.Actions.GetValueOrDefault(ActionItemIdOf(envelope.Event)) is { MakerHidden: true } item && item.CreatedBy == envelope.ActorId
                    ? envelope with { ActorId = Guid.Empty } : envelope;
            case VoteCast cast:
                return actorIsViewer ? envelope : cast.Hidden ? Hidden(envelope) : envelope with { ActorId = Guid.Empty };
            case VoteRetracted retracted:
                if (actorIsViewer) return envelope;
                return VoteRules.Retracted(before, envelope.ActorId, retracted.TargetId) is { Hidden: true }
                    ? Hidden(envelope) : envelope with { ActorId = Guid.Empty };
            case NotesRevealed revealed:
                return envelope with
                {
                    Event = revealed with
                    {
                        Notes = [.. before.NotesOf(revealed.StageId).Where(n => n.Hidden && !CanSee(n, viewer))
                            .Select(n => AsSeenBy(n with { Hidden = false }, viewer))],
                    },
                };
            case VotesRevealed revealed:
                return envelope with
                {
                    Event = revealed with
                    {
                        Votes = [.. before.Votes.Where(v => v.StageId == revealed.StageId)
                            .Select(v => v with { VoterId = Guid.Empty, Hidden = false })],
                    },
                };
            case ItemRated:
                // R4: scores are always given before the reveal (after it they are final): only the rater sees them.
                return actorIsViewer ? envelope : Hidden(envelope);
            case RatingsRevealed revealed:
                return envelope with
                {
                    Event = revealed with
                    {
                        Ratings = [.. before.Ratings.Where(r => r.StageId == revealed.StageId).Select(r => r with { RaterId = Guid.Empty })],
                    },
                };
            case QuestionAsked or QuestionAnswered or QuestionEdited or QuestionWithdrawn:
                return QuestionVisibility.Project(before, envelope, viewer);
            default:
                return envelope;
        }
    }

    private static Note AsSeenBy(Note note, Viewer viewer) => SeesAuthor(note, viewer) ? note : note with { AuthorId = Guid.Empty };

    /// <summary>
    /// H3: who deleted an anonymous note could give its author away. Kept as its deletion event told it (N10): the
    /// deleter's own version, else the one for their role (<see cref="Fanout"/>: even the author gets the room's).
    /// </summary>
    private static DeletedNote AsSeenBy(DeletedNote deleted, Viewer viewer) => new(AsSeenBy(deleted.Note, viewer),
        deleted.DeletedBy == viewer.ParticipantId || SeesAuthor(deleted.Note, viewer with { ParticipantId = Guid.Empty })
            ? deleted.DeletedBy : Guid.Empty,
        deleted.DeletedAt);

    /// <summary>V4: who voted for what is never shown to anyone but the voter.</summary>
    private static Vote AsSeenBy(Vote vote, Viewer viewer) => vote.VoterId == viewer.ParticipantId ? vote : vote with { VoterId = Guid.Empty };

    /// <summary>R4: who gave a score is never shown to anyone but its rater.</summary>
    private static Rating AsSeenBy(Rating rating, Viewer viewer) =>
        rating.RaterId == viewer.ParticipantId ? rating : rating with { RaterId = Guid.Empty };

    /// <summary>Keeps the sequence unbroken and says nothing: no content, no actor, no operation id.</summary>
    internal static EventEnvelope Hidden(EventEnvelope envelope) =>
        envelope with { OpId = Guid.Empty, ActorId = Guid.Empty, Event = new EventHidden() };

    private static Guid ActionItemIdOf(BoardEvent e) => e switch
    {
        ActionItems.ActionItemEdited x => x.ActionItemId,
        ActionItems.ActionItemDeleted x => x.ActionItemId,
        ActionItems.ActionProgressUpdated x => x.ActionItemId,
        _ => Guid.Empty,
    };

    private static Guid NoteIdOf(BoardEvent e) => e switch
    {
        NoteEdited x => x.NoteId,
        NoteRecolored x => x.NoteId,
        NoteMoved x => x.NoteId,
        NoteDeleted x => x.NoteId,
        _ => Guid.Empty,
    };
}
