using Whiteboard.Client.Clusters;
using Whiteboard.Client.Notes;

namespace Whiteboard.Client.Tests.Clusters;

public class ClusterLayoutTests
{
    private static SizedNote Sized(double height = NotePlacement.NoteHeight) => new(Guid.NewGuid(), NotePlacement.NoteWidth, height);

    private static DropBox Box((Guid NoteId, double X, double Y) spot, SizedNote note) =>
        new(spot.X, spot.Y, spot.X + note.Width, spot.Y + note.Height);

    private static bool Overlap(DropBox a, DropBox b) => a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    [Fact]
    public void A_cluster_gathers_at_its_first_note_when_that_covers_nothing()
    {
        IReadOnlyList<SizedNote> members = [Sized(), Sized(), Sized()];

        var spots = ClusterLayout.Gather(members, (100, 100), []);

        Assert.Equal([(members[0].NoteId, 100.0, 100.0), (members[1].NoteId, 276.0, 100.0), (members[2].NoteId, 100.0, 236.0)], spots);
    }

    [Fact]
    public void A_cluster_moves_to_the_nearest_free_spot_and_its_title_bar_covers_nothing_either()
    {
        IReadOnlyList<SizedNote> members = [Sized(), Sized()];
        var above = new DropBox(100, 0, 260, 70); // where the title bar would go

        var spots = ClusterLayout.Gather(members, (100, 100), [above]);

        var frame = ClusterLayout.Framed(Box(spots[0], members[0]).Union(Box(spots[1], members[1])));
        Assert.False(Overlap(frame, above), $"frame {frame} covers {above}");
        Assert.InRange(Math.Abs(spots[0].Y - 100) + Math.Abs(spots[0].X - 100), 1, 200); // near, not far away
    }

    [Fact]
    public void Arranging_a_stage_lays_clusters_and_loose_notes_out_with_no_frame_over_another()
    {
        IReadOnlyList<IReadOnlyList<SizedNote>> clusters = [[Sized(), Sized(200)], [Sized(), Sized(), Sized(), Sized(), Sized()], [Sized(), Sized()]];
        IReadOnlyList<SizedNote> loose = [Sized(), Sized(), Sized()];

        var spots = ClusterLayout.Arrange(clusters, loose, (0, 0)).ToDictionary(s => s.NoteId);

        Assert.Equal(clusters.Sum(c => c.Count) + loose.Count, spots.Count);
        var areas = clusters.Select(c => ClusterLayout.Framed(c.Select(n => Box(spots[n.NoteId], n)).Aggregate((a, b) => a.Union(b))))
            .Concat(loose.Select(n => Box(spots[n.NoteId], n))).ToList();
        for (var i = 0; i < areas.Count; i++)
            for (var j = i + 1; j < areas.Count; j++)
                Assert.False(Overlap(areas[i], areas[j]), $"{areas[i]} and {areas[j]} overlap");
        var notes = clusters.SelectMany(c => c).Concat(loose).Select(n => Box(spots[n.NoteId], n)).ToList();
        Assert.True(notes.Min(b => b.Top) >= 0 && notes.Min(b => b.Left) >= 0); // from where the stage began
    }
}
