using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// The server's answer to a command: the sequence number its event got, or why it was refused (a refusal changed nothing).
/// <see cref="Message"/> is the refusal in the caller's language, for clients that do not localise codes themselves.
/// </summary>
public sealed record CommandAck(Guid OpId, long Seq, Rejection? Rejection, string? Message)
{
    public bool Accepted => Rejection is null;
}
