using System.Text.Json.Serialization;

namespace Whiteboard.Core.Participants;

/// <summary>Where someone takes part from: in the classroom, or online (线上线下相结合).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParticipantLocation>))]
public enum ParticipantLocation { InRoom, Remote }
