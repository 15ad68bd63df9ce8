using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// The body of an HTTP API error (docs/PROTOCOL.md): the code is what a client localises; the message is in the request's
/// language; a throttled request says when to try again (also in the <c>Retry-After</c> header).
/// </summary>
public sealed record ApiError(RejectionCode Code, string Message, int? RetryAfterSeconds = null);
