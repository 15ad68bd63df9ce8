namespace Whiteboard.Server.Workshops;

/// <summary>Every group board of a workshop as JSON, each as the one who asked may see it.</summary>
public sealed record WorkshopExport(
    Guid WorkshopId, string Code, string Title, string Language, string Template, DateTimeOffset ExportedAt,
    IReadOnlyList<BoardExport> Boards);
