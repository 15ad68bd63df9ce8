using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Reports;

/// <summary>Someone who took part: a roster entry, never tied to what they wrote anonymously.</summary>
public sealed record ReportParticipant(string Name, ParticipantRole Role, ParticipantLocation Location);
