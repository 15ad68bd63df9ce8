using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// A browser coming into a workshop with no identity there yet: the role its link gives, the workshop its code led to
/// once looked up, and the name a facilitator or observer gave on this browser before.
/// </summary>
public sealed record Arrival(ParticipantRole Role, WorkshopSummary? Workshop = null, string? KeptName = null, string? KeptUnit = null);
