using System.Text.Json.Serialization;

namespace Whiteboard.Core.Stages;

/// <summary>What a stage is for in the action-learning cycle; <see cref="Brainstorm"/> is the open board's single stage.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<StageKind>))]
public enum StageKind { Problem, Plan, Action, Reflection, Summary, Brainstorm }
