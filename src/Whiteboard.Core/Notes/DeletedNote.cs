namespace Whiteboard.Core.Notes;

/// <summary>
/// A note as it was when it was deleted (its former cluster in <see cref="Note.ClusterId"/>), kept so that its author or a
/// facilitator can restore it (rule N10). <see cref="DeletedBy"/> is empty in a view that may not know who deleted it (H3).
/// </summary>
public sealed record DeletedNote(Note Note, Guid DeletedBy, DateTimeOffset DeletedAt);
