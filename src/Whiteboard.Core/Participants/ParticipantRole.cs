using System.Text.Json.Serialization;

namespace Whiteboard.Core.Participants;

[JsonConverter(typeof(JsonStringEnumConverter<ParticipantRole>))]
public enum ParticipantRole { Participant, Facilitator, Observer }
