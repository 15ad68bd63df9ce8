using Whiteboard.Server.Boards;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.FollowUp;

/// <summary>A verified follow-up link: whose items it opens, in which workshop, and that workshop's boards.</summary>
public sealed record OpenedFollowUp(ActionOwnerKey Owner, WorkshopRecord Workshop, IReadOnlyList<BoardRoom> Boards);
