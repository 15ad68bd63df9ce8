using System.Text.Json.Serialization;

namespace Whiteboard.Core.Stages;

[JsonConverter(typeof(JsonStringEnumConverter<TimerAction>))]
public enum TimerAction { Start, Pause, Resume, Extend, Reset }
