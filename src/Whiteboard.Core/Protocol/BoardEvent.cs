using System.Text.Json.Serialization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Protocol;

/// <summary>What happened to a board. Closed set: <see cref="Board.Apply"/> handles each. Stored, and sent to clients, in sequence.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(BoardCreated), "boardCreated")]
[JsonDerivedType(typeof(ParticipantJoined), "participantJoined")]
[JsonDerivedType(typeof(NoteAdded), "noteAdded")]
[JsonDerivedType(typeof(NoteEdited), "noteEdited")]
[JsonDerivedType(typeof(NoteRecolored), "noteRecolored")]
[JsonDerivedType(typeof(NoteMoved), "noteMoved")]
[JsonDerivedType(typeof(NoteDeleted), "noteDeleted")]
public abstract record BoardEvent;
