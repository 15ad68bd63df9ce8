using System.Collections.Immutable;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Boards;

/// <summary>A board as the events up to <see cref="Seq"/> made it. Immutable: <see cref="Board.Apply"/> returns a new one.</summary>
public sealed record BoardState(
    Guid BoardId,
    long Seq,
    string Title,
    BoardLanguage Language,
    ImmutableDictionary<Guid, Note> Notes,
    ImmutableDictionary<Guid, Participant> Participants)
{
    public static BoardState Empty(Guid boardId) => new(
        boardId, 0, "", BoardLanguage.ZhCn, ImmutableDictionary<Guid, Note>.Empty, ImmutableDictionary<Guid, Participant>.Empty);

    /// <summary>A board exists once its first event (BoardCreated) is applied.</summary>
    public bool Exists => Seq > 0;

    public ParticipantRole? RoleOf(Guid participantId) =>
        Participants.TryGetValue(participantId, out var p) ? p.Role : null;

    /// <summary>Notes in the order they were added, oldest first (the order they are drawn in).</summary>
    public IEnumerable<Note> NotesInOrder() => Notes.Values.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id);
}
