using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.FollowUp;

/// <summary>A board a follow-up link reaches, with the workshop it belongs to (the link's own, or another where the owner was, rule PN9).</summary>
public sealed record FollowUpBoard(WorkshopRecord Workshop, BoardRoom Room);
