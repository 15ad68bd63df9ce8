namespace Whiteboard.Core.Notes;

/// <summary>A sticky note (便签) as every viewer who may see it sees it.</summary>
public sealed record Note(
    Guid Id,
    string Text,
    NoteColor Color,
    double X,
    double Y,
    Guid AuthorId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
