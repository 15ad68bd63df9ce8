using Whiteboard.Core.Clusters;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Clusters;

/// <summary>
/// What dropping a dragged note means for clustering (rules C1–C3), decided from the dropped note's centre: onto another
/// note, a new cluster of both (or joining that note's cluster); onto a cluster, joining it; out of its own cluster,
/// leaving it; anywhere else, nothing more than the move.
/// </summary>
public static class ClusterDrop
{
    /// <param name="clusterBoxes">Each cluster's area as drawn without the dropped note (a cluster it alone makes up has none).</param>
    public static BoardCommand? Decide(DropCandidate dropped, double centreX, double centreY,
        IEnumerable<DropCandidate> others, IReadOnlyDictionary<Guid, DropBox> clusterBoxes, Func<Guid> newClusterId)
    {
        if (!dropped.Clusterable) return null;
        var onNote = others.Where(o => o.NoteId != dropped.NoteId && o.Clusterable && o.Box.Contains(centreX, centreY))
            .Select(o => (DropCandidate?)o).LastOrDefault(); // the one drawn on top
        if (onNote is { } target)
        {
            if (target.ClusterId is { } theirs)
                return theirs == dropped.ClusterId ? null : new AddToCluster(dropped.NoteId, theirs);
            return new CreateCluster(newClusterId(), [target.NoteId, dropped.NoteId], "");
        }
        foreach (var (clusterId, box) in clusterBoxes)
            if (box.Contains(centreX, centreY))
                return clusterId == dropped.ClusterId ? null : new AddToCluster(dropped.NoteId, clusterId);
        return dropped.ClusterId is { } own && clusterBoxes.ContainsKey(own) ? new RemoveFromCluster(dropped.NoteId) : null;
    }
}
