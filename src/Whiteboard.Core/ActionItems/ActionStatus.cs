using System.Text.Json.Serialization;

namespace Whiteboard.Core.ActionItems;

/// <summary>Where an action item stands (rule A5).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
public enum ActionStatus { NotStarted, InProgress, Done, Blocked }
