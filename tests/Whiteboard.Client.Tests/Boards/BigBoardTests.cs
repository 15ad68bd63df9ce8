using Blazor.Diagrams.Core.Geometry;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Tests.Boards;

/// <summary>A stage of many notes draws only those on screen (the diagram's virtualization); a class's stage draws them all.</summary>
public class BigBoardTests
{
    private readonly BoardDiagram _board = new();

    private static Note NoteAt(double x, double y) =>
        new(Guid.NewGuid(), "problem", "会议太多", NoteColor.Yellow, x, y, Guid.NewGuid(), null, false, NoteAnonymity.Named,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private void Follow(IReadOnlyList<Note> notes) =>
        _board.Follow(notes, [], _ => NoteLook.Plain(null, mayChange: true), _ => new ClusterLook(true, null));

    private bool Drawn(Note note) => _board.Notes.Single(n => n.Note.Id == note.Id).Visible;

    /// <summary>One note on an 820×1000 screen at the board's origin, the others far to its right.</summary>
    private (Note OnScreen, List<Note> All) BigStage()
    {
        var onScreen = NoteAt(100, 80);
        List<Note> all = [onScreen, .. Enumerable.Range(0, BoardDiagram.VirtualizeFrom - 1).Select(i => NoteAt(5000 + i * 10, 80))];
        return (onScreen, all);
    }

    [Fact]
    public void A_big_stage_draws_the_notes_on_screen_once_the_canvas_has_measured_itself()
    {
        var (onScreen, all) = BigStage();
        Follow(all);
        Assert.All(all, n => Assert.False(Drawn(n))); // the canvas's size is not known yet: nothing is built for nothing

        _board.Diagram.SetContainer(new Rectangle(0, 0, 820, 1000));

        Assert.True(Drawn(onScreen));
        Assert.All(all.Skip(1), n => Assert.False(Drawn(n)));
    }

    [Fact]
    public void Panning_and_moves_made_elsewhere_bring_notes_on_screen_and_take_them_off()
    {
        var (onScreen, all) = BigStage();
        _board.Diagram.SetContainer(new Rectangle(0, 0, 820, 1000));
        Follow(all);

        _board.Diagram.SetPan(-4900, 0);
        Assert.False(Drawn(onScreen));
        Assert.True(Drawn(all[1]));

        _board.Diagram.SetPan(0, 0);
        _board.ShowDrag(new NoteDrag(Guid.Empty, all[1].Id, 300, 300, Guid.NewGuid())); // someone drags it into view
        Assert.True(Drawn(all[1]));
        Follow([.. all.Take(2), .. all.Skip(2).Select(n => n with { X = 200 })]); // moved into view on the board
        Assert.All(all, n => Assert.True(Drawn(n)));
    }

    [Fact]
    public void A_stage_of_a_class_size_draws_every_note_wherever_it_lies()
    {
        var (_, all) = BigStage();
        _board.Diagram.SetContainer(new Rectangle(0, 0, 820, 1000));
        Follow(all);

        Follow(all.Take(BoardDiagram.VirtualizeFrom - 1).ToList());

        Assert.All(_board.Notes, n => Assert.True(n.Visible));
    }
}
