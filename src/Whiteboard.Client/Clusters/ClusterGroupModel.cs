using Blazor.Diagrams.Core.Models;
using Whiteboard.Core.Clusters;

namespace Whiteboard.Client.Clusters;

/// <summary>
/// A cluster (归类) on the canvas: a diagram group around its notes, drawn by <see cref="ClusterWidget"/>. The diagram
/// gives groups ids of its own; the cluster's id is kept here. Membership follows the board (Note.ClusterId), never the
/// diagram: a note dragged out stays a member until the board says otherwise.
/// </summary>
public sealed class ClusterGroupModel : GroupModel
{
    /// <summary>Space around the notes inside the cluster's frame.</summary>
    public const byte Margin = 20;

    public ClusterGroupModel(Cluster cluster, ClusterLook look, IEnumerable<NodeModel> members) : base(members, Margin)
    {
        Cluster = cluster;
        Look = look;
        Locked = !look.MayArrange;
    }

    public Guid ClusterId => Cluster.Id;

    public Cluster Cluster { get; private set; }

    public ClusterLook Look { get; private set; }

    public void Update(Cluster cluster, ClusterLook look)
    {
        if (cluster == Cluster && look == Look) return;
        Cluster = cluster;
        Look = look;
        Locked = !look.MayArrange;
        Refresh();
    }
}
