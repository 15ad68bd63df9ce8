using System.Text.Json.Serialization;

namespace Whiteboard.Core.Notes;

/// <summary>The sticky-note palette. Closed: the client offers exactly these.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoteColor>))]
public enum NoteColor { Yellow, Pink, Blue, Green, Orange, Purple }
