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
    public void Onto_A_Loose_Note_Makes_A_Cluster_Of_Both() // rule C1
    {
        var target = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(400, 90));

        var command = Assert.IsType<CreateCluster>(Drop(dropped, 480, 150, [target]));

        Assert.Equal((NewId, ""), (command.ClusterId, command.Title));
        Assert.Equal([target.NoteId, dropped.NoteId], command.NoteIds);
    }

    [Fact]
    public void Onto_A_Clustered_Note_Joins_Its_Cluster()
    {
        var clusterId = Guid.NewGuid();
        var target = new DropCandidate(Guid.NewGuid(), clusterId, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Equal(new AddToCluster(dropped.NoteId, clusterId), Drop(dropped, 480, 150, [target]));
    }

    [Fact]
    public void Onto_A_Clusters_Frame_Joins_It()
    {
        var clusterId = Guid.NewGuid();
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Equal(new AddToCluster(dropped.NoteId, clusterId), Drop(dropped, 390, 70, [], new() { [clusterId] = new DropBox(380, 60, 580, 220) }));
    }

    [Fact]
    public void Out_Of_Its_Own_Cluster_Leaves_It() // rule C3
    {
        var clusterId = Guid.NewGuid();
        var dropped = new DropCandidate(Guid.NewGuid(), clusterId, true, At(0, 0));

        Assert.Equal(new RemoveFromCluster(dropped.NoteId), Drop(dropped, 900, 500, [], new() { [clusterId] = new DropBox(380, 60, 580, 220) }));
    }

    [Fact]
    public void Within_Its_Own_Cluster_Is_Only_A_Move()
    {
        var clusterId = Guid.NewGuid();
        var sibling = new DropCandidate(Guid.NewGuid(), clusterId, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), clusterId, true, At(0, 0));

        Assert.Null(Drop(dropped, 480, 150, [sibling], new() { [clusterId] = new DropBox(380, 60, 780, 220) }));
    }

    [Fact]
    public void On_Empty_Canvas_Is_Only_A_Move()
    {
        var other = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var dropped = new DropCandidate(Guid.NewGuid(), null, true, At(0, 0));

        Assert.Null(Drop(dropped, 80, 60, [other]));
    }

    [Fact]
    public void Hidden_Notes_Are_Never_Clustered() // rule H4
    {
        var target = new DropCandidate(Guid.NewGuid(), null, true, At(400, 80));
        var hidden = new DropCandidate(Guid.NewGuid(), null, false, At(400, 90));

        Assert.Null(Drop(hidden, 480, 150, [target]));
        Assert.Null(Drop(target, 480, 150, [hidden]));
    }
}
