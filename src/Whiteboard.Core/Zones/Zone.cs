using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Zones;

/// <summary>A labelled part of a step's canvas (a column, a bone, a quadrant); a note belongs to the zone it lies in.</summary>
public sealed record Zone(string Id, LocalizedText Label);
