using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>A facilitator sets or corrects where a person works (rule P7); an empty unit clears it.</summary>
public sealed record SetParticipantUnit(Guid ParticipantId, string? Unit) : BoardCommand;
