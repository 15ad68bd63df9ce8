using Whiteboard.Client.Api;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.FollowUp;

/// <summary>The server's answer to an owner's update; <see cref="Newest"/>: no later update was made meanwhile.</summary>
public sealed record FollowUpAnswer(FollowUpUpdate Update, bool Newest, ApiResult<FollowUpItem> Result);
