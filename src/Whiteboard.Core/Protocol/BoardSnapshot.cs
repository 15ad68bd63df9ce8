using System.Collections.Immutable;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Protocol;

/// <summary>A board's state at <see cref="Seq"/> as it travels to a client; the client applies later events to it.</summary>
public sealed record BoardSnapshot(
    Guid BoardId,
    long Seq,
    string Title,
    BoardLanguage Language,
    IReadOnlyList<Note> Notes,
    IReadOnlyList<Participant> Participants)
{
    public static BoardSnapshot Of(BoardState state) => new(
        state.BoardId, state.Seq, state.Title, state.Language,
        [.. state.NotesInOrder()],
        [.. state.Participants.Values.OrderBy(p => p.JoinedAt).ThenBy(p => p.Id)]);

    public BoardState ToState() => new(
        BoardId, Seq, Title, Language,
        Notes.ToImmutableDictionary(n => n.Id),
        Participants.ToImmutableDictionary(p => p.Id));
}
