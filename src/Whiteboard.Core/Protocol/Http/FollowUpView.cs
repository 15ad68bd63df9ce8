using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>GET /api/followup/{token}: an owner's action items across the workshop's groups, and nothing else.</summary>
public sealed record FollowUpView(string WorkshopTitle, string Code, BoardLanguage Language, string OwnerName, IReadOnlyList<FollowUpItem> Items);
