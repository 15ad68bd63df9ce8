using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Workshops;

/// <summary>What a browser without a participant token tells when it first joins a board; a trainee's unit if they gave one (rule P7).</summary>
public sealed record Newcomer(string Name, ParticipantLocation Location, string? Unit = null)
{
    /// <summary>
    /// A facilitator or observer, who came by their link: they are asked no location (it is a trainee's matter, shown
    /// only for trainees), but the join carries one.
    /// </summary>
    public static Newcomer ByLink(string name) => new(name, ParticipantLocation.InRoom);
}
