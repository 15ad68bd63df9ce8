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
        var (text, problem) = UserText.Clean(command.Text, BoardLimits.MaxSummaryLength, multiline: true);
        return problem switch
        {
            UserText.Problem.None or UserText.Problem.Empty => Decision.Accept(new SummaryWritten(text)),
            UserText.Problem.TooLong => RejectionCode.SummaryTooLong,
            _ => RejectionCode.TextHasControlCharacters,
        };
    }
}
