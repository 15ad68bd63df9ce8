using Whiteboard.Core.Programme;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// GET /api/programme/actions (office or facilitator): an open action item across workshops (rule PN8) with its owner's
/// follow-up link to send them.
/// </summary>
public sealed record OpenActionItem(OpenAction Action, string FollowUpUrl);
