using Whiteboard.Core.ActionItems;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>POST /api/followup/{token}/items/{id}: how it stands now. <see cref="OpId"/> makes a retry harmless.</summary>
public sealed record FollowUpUpdate(Guid OpId, ActionStatus Status, string Progress = "");
