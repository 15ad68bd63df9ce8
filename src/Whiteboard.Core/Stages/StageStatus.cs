using System.Text.Json.Serialization;

namespace Whiteboard.Core.Stages;

/// <summary>Rule ST1: a stage is not yet open, open, locked (visible, frozen for participants) or done (read-only).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StageStatus>))]
public enum StageStatus { NotOpen, Open, Locked, Done }
