using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Clusters;

/// <summary>What a viewer may do with clusters now (rules C1, C5, H4, ST5): why not, or null when allowed.</summary>
public static class ClusterAccess
{
    /// <summary>
    /// Rules C5, ST10: any participant (not an observer) groups notes, renames and dissolves clusters, in the current stage
    /// when it allows grouping.
    /// </summary>
    public static RejectionCode? CheckArrange(BoardState state, string stageId, Viewer viewer) =>
        StageAccess.CheckChangeAllowing(state, stageId, StageCapabilities.Clustering, RejectionCode.NoClustersInStage, viewer);

    /// <summary>Rules C1, H4: only visible, revealed notes are grouped.</summary>
    public static RejectionCode? CheckNote(BoardState state, Guid noteId, Viewer viewer) =>
        NoteAccess.CheckRevealed(state, noteId, viewer);
}
