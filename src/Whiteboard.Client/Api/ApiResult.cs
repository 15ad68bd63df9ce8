using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Api;

/// <summary>An HTTP API answer: the value, or why there is none.</summary>
public sealed record ApiResult<T>(T? Value, RejectionCode? Problem) where T : class;
