using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.FollowUp;

/// <summary>
/// An owner's update kept in the browser until the server has it, with the time the item had been last updated (by the
/// server's clock) when the owner made it: had the item changed since, the update is not sent blindly over the change.
/// </summary>
public sealed record KeptFollowUpUpdate(FollowUpUpdate Update, DateTimeOffset ItemUpdatedAt);
