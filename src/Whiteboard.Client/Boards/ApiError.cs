using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>The body of an HTTP API error (docs/PROTOCOL.md): the code is what the client localises.</summary>
public sealed record ApiError(RejectionCode Code, string Message);
