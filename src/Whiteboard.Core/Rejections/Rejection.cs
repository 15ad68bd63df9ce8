namespace Whiteboard.Core.Rejections;

/// <summary>A refusal: a typed code the client can act on; the message is localised from the code (see <see cref="RejectionText"/>).</summary>
public sealed record Rejection(RejectionCode Code)
{
    public static implicit operator Rejection(RejectionCode code) => new(code);
}
