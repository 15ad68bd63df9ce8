namespace Whiteboard.Core.Privacy;

/// <summary>
/// Who a version of an event goes to (docs/PROTOCOL.md, "Workshops, groups and audiences"). <see cref="Facilitators"/> and
/// <see cref="Others"/> leave out the actor's own connections, which get <see cref="Actor"/>.
/// </summary>
public enum Recipients
{
    /// <summary>Everyone on the board: every version is the same.</summary>
    Everyone,
    Actor,
    Facilitators,
    /// <summary>Participants and observers.</summary>
    Others,
}
