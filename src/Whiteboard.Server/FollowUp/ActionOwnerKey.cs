using Whiteboard.Core.ActionItems;

namespace Whiteboard.Server.FollowUp;

/// <summary>Whose action items a follow-up link opens: a participant's (by id), or those of a person named in free text.</summary>
public sealed record ActionOwnerKey(Guid? ParticipantId, string? Name)
{
    public static ActionOwnerKey Of(ActionItem item) => Of(item.OwnerId, item.OwnerName);

    public static ActionOwnerKey Of(Guid? ownerId, string ownerName) => ownerId is { } id ? new(id, null) : new(null, ownerName);

    public bool Owns(ActionItem item) => ParticipantId is { } id ? item.OwnerId == id : item.OwnerId is null && item.OwnerName == Name;

    public override string ToString() => ParticipantId is { } id ? $"p:{id:N}" : $"n:{Name}";

    public static ActionOwnerKey? Parse(string text) => text switch
    {
        ['p', ':', .. var id] when Guid.TryParseExact(id, "N", out var participant) => new(participant, null),
        ['n', ':', .. var name] when name.Length > 0 => new(null, name),
        _ => null,
    };
}
