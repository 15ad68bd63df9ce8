using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Summaries;

/// <summary>Rule A7: the board's summary, written (and rewritten) while the Summary stage may be changed.</summary>
internal static class SummaryRules
{
    public static Decision Decide(BoardState state, WriteSummary command, Viewer viewer)
    {
        if (SummaryAccess.CheckWrite(state, viewer) is { } closed) return closed;
        var (text, refused) = TypedText.Summary.Check(command.Text);
        return refused ?? Decision.Accept(new SummaryWritten(text));
    }
}
