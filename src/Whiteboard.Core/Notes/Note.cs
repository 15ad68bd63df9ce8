namespace Whiteboard.Core.Notes;

/// <summary>
/// A sticky note (便签) in one stage. <see cref="Hidden"/>: written during private writing and not yet revealed, so only its
/// author and the facilitators see it (rule H1). <see cref="Anonymity"/>: fixed when it was written, says who may know its author
/// (rule H3). <see cref="AuthorId"/> is empty in a view that may not know the author.
/// </summary>
public sealed record Note(
    Guid Id,
    string StageId,
    string Text,
    NoteColor Color,
    double X,
    double Y,
    Guid AuthorId,
    Guid? ClusterId,
    bool Hidden,
    NoteAnonymity Anonymity,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
