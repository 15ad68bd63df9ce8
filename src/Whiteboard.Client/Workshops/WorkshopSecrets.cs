using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Workshops;

/// <summary>The facilitator's or observer's secret this browser holds for a workshop, from its link; none for participants.</summary>
public sealed record WorkshopSecrets(string? Facilitator, string? Observer)
{
    /// <summary>The role these secrets join as (the server checks them, rule P4): a trainee's when there are none.</summary>
    public ParticipantRole Role => Facilitator is not null ? ParticipantRole.Facilitator
        : Observer is not null ? ParticipantRole.Observer
        : ParticipantRole.Participant;
}
