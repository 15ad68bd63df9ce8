using System.Text.Json.Serialization;

namespace Whiteboard.Core.Notes;

/// <summary>Rule H3: who may know a note's author, fixed when the note is written.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NoteAnonymity>))]
public enum NoteAnonymity
{
    Named,
    /// <summary>Facilitators see the author; other participants never do.</summary>
    HiddenFromParticipants,
    /// <summary>Nobody but the author sees it.</summary>
    HiddenFromEveryone,
}
