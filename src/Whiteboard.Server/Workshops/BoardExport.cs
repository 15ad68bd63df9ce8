using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Stages;

namespace Whiteboard.Server.Workshops;

/// <summary>
/// One board as JSON, for keeping and for other tools, from a state already projected for whoever asked
/// (<see cref="Core.Privacy.Visibility.Snapshot"/>): hidden notes and anonymous authors stay out unless they may see them.
/// Votes are counts per note or cluster; who voted for what is never exported (rule V4).
/// </summary>
public sealed record BoardExport(
    Guid BoardId, int GroupNumber, string Title, string Language, long Seq,
    IReadOnlyList<BoardExport.ExportedStage> Stages,
    IReadOnlyList<BoardExport.ExportedNote> Notes,
    IReadOnlyList<BoardExport.ExportedCluster> Clusters,
    IReadOnlyList<Participant> Participants)
{
    public sealed record ExportedStage(string Id, StageKind Kind, string Title, string Prompt, StageStatus Status,
        StageSettings Settings, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt);

    public sealed record ExportedNote(Guid Id, string StageId, string Text, NoteColor Color, double X, double Y,
        Guid? AuthorId, string? AuthorName, Guid? ClusterId, int Votes, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

    public sealed record ExportedCluster(Guid Id, string StageId, string Title, IReadOnlyList<Guid> NoteIds, int Votes);

    public static BoardExport Of(BoardState state)
    {
        int VotesOn(Guid id) => state.Votes.Count(v => v.TargetId == id);
        return new BoardExport(state.BoardId, state.GroupNumber, state.Title, state.Language.CultureName(), state.Seq,
            [.. state.Stages.Select(s => new ExportedStage(s.Id, s.Kind, s.Title.In(state.Language), s.Prompt.In(state.Language),
                s.Status, s.Settings, s.OpenedAt, s.ClosedAt))],
            [.. state.NotesInOrder().Select(n => new ExportedNote(n.Id, n.StageId, n.Text, n.Color, n.X, n.Y,
                n.AuthorId == Guid.Empty ? null : n.AuthorId, state.Participants.GetValueOrDefault(n.AuthorId)?.Name,
                n.ClusterId, VotesOn(n.Id), n.CreatedAt, n.UpdatedAt))],
            [.. state.Clusters.Values.OrderBy(c => c.CreatedAt).Select(c => new ExportedCluster(c.Id, c.StageId, c.Title,
                [.. state.MembersOf(c.Id).Select(n => n.Id)], VotesOn(c.Id)))],
            [.. state.Participants.Values.OrderBy(p => p.JoinedAt)]);
    }
}
