using System.Text.Json.Serialization;

namespace Whiteboard.Core.Zones;

/// <summary>
/// How a step's canvas is drawn and divided (rule Z1): free, labelled columns (also ORID's four and 复盘's four parts), a
/// fishbone (the problem at the head, a zone per bone) or a 2×2 matrix (a zone per quadrant).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<CanvasLayoutKind>))]
public enum CanvasLayoutKind { Free, Columns, Fishbone, Matrix }
