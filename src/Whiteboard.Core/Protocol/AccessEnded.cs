using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// This browser no longer belongs to the workshop: the facilitator removed the person (<c>ParticipantRemoved</c>), signed
/// out the other devices (<c>SignedOut</c>), or deleted the workshop (<c>WorkshopDeleted</c>). Its connection has already
/// left every board; <see cref="Message"/> says why in the connection's language.
/// </summary>
public sealed record AccessEnded(Guid WorkshopId, RejectionCode Reason, string Message);
