using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Notes;

/// <summary>
/// A sticky note on the canvas: the diagram node for one <see cref="Core.Notes.Note"/>, drawn by
/// <see cref="StickyNoteWidget"/>. It has no ports: notes are never linked.
/// </summary>
public sealed class StickyNoteModel : NodeModel
{
    public StickyNoteModel(Note note, NoteLook look)
        : base(note.Id.ToString(), new Point(note.X, note.Y))
    {
        Note = note;
        Look = look;
        Locked = !look.MayArrange;
        // The size a note is drawn at until the browser measures it: drops and clusters can be worked out at once.
        Size = new Size(NotePlacement.NoteWidth, NotePlacement.NoteHeight);
    }

    /// <summary>The note as the board state last had it.</summary>
    public Note Note { get; private set; }

    public NoteLook Look { get; private set; }

    /// <summary>Open in the editor: its own buttons hide meanwhile.</summary>
    public bool InEditor { get; private set; }

    public bool MayChange => Look.MayChange;

    /// <summary>
    /// Takes the board's newer version of the note. The node moves only when the note's position changed on the board,
    /// and not while <paramref name="keepPosition"/> (this person is dragging it): a pending drop is not undone.
    /// </summary>
    public void Update(Note note, NoteLook look, bool keepPosition)
    {
        var moved = note.X != Note.X || note.Y != Note.Y;
        var looksDifferent = note.Text != Note.Text || note.Color != Note.Color || note.ClusterId != Note.ClusterId || look != Look;
        Note = note;
        Look = look;
        Locked = !look.MayArrange;
        if (moved && !keepPosition) SetPosition(note.X, note.Y);
        else if (looksDifferent) Refresh();
    }

    /// <summary>Back to where the board has it, e.g. after a refused move.</summary>
    public void ReturnToBoardPosition()
    {
        if (Position.X != Note.X || Position.Y != Note.Y) SetPosition(Note.X, Note.Y);
    }

    public void SetInEditor(bool inEditor)
    {
        if (InEditor == inEditor) return;
        InEditor = inEditor;
        Refresh();
    }
}
