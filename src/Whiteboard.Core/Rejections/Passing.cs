namespace Whiteboard.Core.Rejections;

/// <summary>
/// Refusals of the moment, not of what was asked: the store is down or the sender went too fast. The same command or join,
/// sent again later, may well be taken; every other code says it never will be as it stands.
/// </summary>
public static class Passing
{
    public static bool Is(RejectionCode code) => code is RejectionCode.Unavailable or RejectionCode.TooFast;
}
