using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Summaries;

/// <summary>Whether a viewer may write the summary now (rules A7, ST5, P3): why not, or null when allowed.</summary>
public static class SummaryAccess
{
    /// <summary>
    /// Rules A7, ST10: the group or the facilitator writes it while the current stage takes the summary and may be changed.
    /// </summary>
    public static RejectionCode? CheckWrite(BoardState state, Viewer viewer) => StageAccess.CheckCurrentAllowing(
        state, StageCapabilities.Summary, otherwise: RejectionCode.NotSummaryStage, viewer);
}
