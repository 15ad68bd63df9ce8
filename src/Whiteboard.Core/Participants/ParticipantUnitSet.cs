using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Participants;

/// <summary>The person's unit from now on (rule P7); null when cleared.</summary>
public sealed record ParticipantUnitSet(Guid ParticipantId, string? Unit) : BoardEvent;
