namespace Whiteboard.Client.Clusters;

/// <summary>A note as drawn: how much room it takes (notes with more words are taller).</summary>
public readonly record struct SizedNote(Guid NoteId, double Width, double Height);
