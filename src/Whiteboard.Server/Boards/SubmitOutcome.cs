using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Boards;

/// <summary>What became of a command: its event (new, or the original one for a repeated operation id), or a rejection.</summary>
public sealed record SubmitOutcome(EventEnvelope? Event, Rejection? Rejection)
{
    public static SubmitOutcome Rejected(Rejection rejection) => new(null, rejection);
    public static SubmitOutcome Applied(EventEnvelope e) => new(e, null);
}
