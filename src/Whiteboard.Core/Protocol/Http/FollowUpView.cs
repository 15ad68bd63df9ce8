using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>GET /api/followup/{token}: an owner's action items across the workshop's groups, and nothing else
/// (no join code: the owner may be someone outside the class).</summary>
public sealed record FollowUpView(string WorkshopTitle, BoardLanguage Language, string OwnerName, IReadOnlyList<FollowUpItem> Items);
