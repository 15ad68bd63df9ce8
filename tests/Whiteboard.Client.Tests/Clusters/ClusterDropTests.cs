using Whiteboard.Client.Clusters;
using Whiteboard.Core.Clusters;

namespace Whiteboard.Client.Tests.Clusters;

public class ClusterDropTests
{
    private static readonly Guid NewId = Guid.NewGuid();
    private static DropBox At(double x, double y) => new(x, y, x + 160, y + 120);

    private static Whiteboard.Core.Protocol.BoardCommand? Drop(DropCandidate dropped, double x, double y, DropCandidate[] others,
        Dictionary<Guid, DropBox>? clusters = null) =>
        ClusterDrop.Decide(dropped, x, y, others, clusters ?? [], () => NewId);

    [Fact]
    public void Onto_a_loose_note_makes_a_cluster_of_both() // rule C1
    {
        var target = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(400, 90));

        var command = Assert.IsType<CreateCluster>(Drop(dropped, 480, 150, [target]));

        Assert.Equal((NewId, ""), (command.ClusterId, command.Title));
        Assert.Equal([target.NoteId, dropped.NoteId], command.NoteIds);
    }

    [Fact]
    public void Onto_a_clustered_note_joins_its_cluster()
    {
        var clusterId = Guid.NewGuid();
        var target = new DropCandidate(Guid.NewGuid(), clusterId, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Equal(new AddToCluster(dropped.NoteId, clusterId), Drop(dropped, 480, 150, [target]));
    }

    [Fact]
    public void Onto_a_clusters_frame_joins_it()
    {
        var clusterId = Guid.NewGuid();
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Equal(new AddToCluster(dropped.NoteId, clusterId), Drop(dropped, 390, 70, [], new() { [clusterId] = new DropBox(380, 60, 580, 220) }));
    }

    [Fact]
    public void Out_of_its_own_cluster_leaves_it() // rule C3
    {
        var clusterId = Guid.NewGuid();
        var dropped = new DropCandidate(Guid.NewGuid(), clusterId, true, At(0, 0));

        Assert.Equal(new RemoveFromCluster(dropped.NoteId), Drop(dropped, 900, 500, [], new() { [clusterId] = new DropBox(380, 60, 580, 220) }));
    }

    [Fact]
    public void Within_its_own_cluster_is_only_a_move()
    {
        var clusterId = Guid.NewGuid();
        var sibling = new DropCandidate(Guid.NewGuid(), clusterId, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), clusterId, true, At(0, 0));

        Assert.Null(Drop(dropped, 480, 150, [sibling], new() { [clusterId] = new DropBox(380, 60, 780, 220) }));
    }

    [Fact]
    public void On_empty_canvas_is_only_a_move()
    {
        var other = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Null(Drop(dropped, 80, 60, [other]));
    }

    [Fact]
    public void Hidden_notes_are_never_clustered() // rule H4
    {
        var target = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var hidden = new DropCandidate(Guid.NewGuid(), null, false, At(400, 90));

        Assert.Null(Drop(hidden, 480, 150, [target]));
        Assert.Null(Drop(target, 480, 150, [hidden]));
    }
}
