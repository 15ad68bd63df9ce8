using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Rejections;

/// <summary>What <c>Board.Decide</c> returns: exactly one event, or a rejection that changes nothing.</summary>
public readonly record struct Decision(BoardEvent? Event, Rejection? Rejection)
{
    public bool IsAccepted => Event is not null;
    public static Decision Accept(BoardEvent e) => new(e, null);
    public static Decision Reject(RejectionCode code) => new(null, new Rejection(code));
    public static implicit operator Decision(RejectionCode code) => Reject(code);
}
