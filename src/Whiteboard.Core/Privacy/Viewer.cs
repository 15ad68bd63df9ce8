using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Privacy;

/// <summary>Whose eyes a board is shown to: what they may see depends on who they are and their role, nothing else.</summary>
public readonly record struct Viewer(Guid ParticipantId, ParticipantRole Role)
{
    /// <summary>Any participant but the one acting: what the rest of the room may see. No participant has the empty id.</summary>
    public static readonly Viewer AnyParticipant = new(Guid.Empty, ParticipantRole.Participant);

    /// <summary>Any facilitator but the one acting.</summary>
    public static readonly Viewer AnyFacilitator = new(Guid.Empty, ParticipantRole.Facilitator);

    public bool IsFacilitator => Role == ParticipantRole.Facilitator;
}
