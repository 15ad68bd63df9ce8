using System.Collections.Immutable;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// A board's state at <see cref="Seq"/> as it travels to a client — already projected for that client
/// (<see cref="Privacy.Visibility.Snapshot"/>); the client applies later events to it.
/// </summary>
public sealed record BoardSnapshot(
    Guid BoardId,
    long Seq,
    string Title,
    BoardLanguage Language,
    Guid WorkshopId,
    int GroupNumber,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<Cluster> Clusters,
    IReadOnlyList<Vote> Votes,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<ActionItem>? Actions = null,
    string Summary = "",
    IReadOnlyList<CarriedAction>? Carried = null,
    IReadOnlyList<DeletedNote>? Deleted = null,
    IReadOnlyList<Rating>? Ratings = null,
    IReadOnlyList<Question>? Questions = null)
{
    public static BoardSnapshot Of(BoardState state) => new(
        state.BoardId, state.Seq, state.Title, state.Language, state.WorkshopId, state.GroupNumber,
        state.Stages,
        [.. state.NotesInOrder()],
        [.. state.Clusters.Values.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)],
        state.Votes,
        [.. state.Participants.Values.OrderBy(p => p.JoinedAt).ThenBy(p => p.Id)],
        [.. state.Actions.Values.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id)],
        state.Summary,
        state.Carried,
        [.. state.Deleted.Values.OrderBy(d => d.DeletedAt).ThenBy(d => d.Note.Id)],
        state.Ratings,
        [.. state.Questions.Values.OrderBy(q => q.AskedAt).ThenBy(q => q.Id)]);

    public BoardState ToState() => new(
        BoardId, Seq, Title, Language, WorkshopId, GroupNumber,
        [.. Stages],
        Notes.ToImmutableDictionary(n => n.Id),
        Clusters.ToImmutableDictionary(c => c.Id),
        [.. Votes],
        Participants.ToImmutableDictionary(p => p.Id))
    {
        Actions = (Actions ?? []).ToImmutableDictionary(a => a.Id),
        Summary = Summary,
        Carried = [.. Carried ?? []],
        Deleted = (Deleted ?? []).ToImmutableDictionary(d => d.Note.Id),
        Ratings = [.. Ratings ?? []],
        Questions = (Questions ?? []).ToImmutableDictionary(q => q.Id),
    };
}
