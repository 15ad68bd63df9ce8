using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Api;

/// <summary>An HTTP API answer: the value, or why there is none (and, when throttled, after how many seconds to try again).</summary>
public sealed record ApiResult<T>(T? Value, RejectionCode? Problem, int? RetryAfterSeconds = null) where T : class;
