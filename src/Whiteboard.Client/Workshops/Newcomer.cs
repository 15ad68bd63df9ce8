using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Workshops;

/// <summary>What a browser without a participant token tells when it first joins a board.</summary>
public sealed record Newcomer(string Name, ParticipantLocation Location);
