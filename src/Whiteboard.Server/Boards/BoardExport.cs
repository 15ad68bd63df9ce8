using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Server.Boards;

/// <summary>The whole board as JSON, for keeping and for other tools: every note with its author's name and times.</summary>
public sealed record BoardExport(
    Guid BoardId, string Code, string Title, string Language, long Seq, DateTimeOffset ExportedAt,
    IReadOnlyList<BoardExport.ExportedNote> Notes, IReadOnlyList<Participant> Participants)
{
    public sealed record ExportedNote(
        Guid Id, string Text, NoteColor Color, double X, double Y, Guid AuthorId, string? AuthorName,
        DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public static BoardExport Of(BoardState state, string code, DateTimeOffset now) => new(
        state.BoardId, code, state.Title, state.Language.CultureName(), state.Seq, now,
        [.. state.NotesInOrder().Select(n => new ExportedNote(n.Id, n.Text, n.Color, n.X, n.Y, n.AuthorId,
            state.Participants.GetValueOrDefault(n.AuthorId)?.Name, n.CreatedAt, n.UpdatedAt))],
        [.. state.Participants.Values.OrderBy(p => p.JoinedAt)]);
}
