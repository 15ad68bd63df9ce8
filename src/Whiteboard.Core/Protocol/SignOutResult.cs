using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// The new facilitator secret (shown only to the device that asked, which keeps it in place of the old one) and the new
/// facilitator link; or why the sign-out was refused.
/// </summary>
public sealed record SignOutResult(Guid OpId, Rejection? Rejection, string? Message, string? FacilitatorSecret = null, string? FacilitatorUrl = null);
