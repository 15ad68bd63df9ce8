using System.Text.Json.Serialization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Protocol;

/// <summary>
/// Something a person asks of a board. Closed set: <see cref="Board.Decide"/> handles each, and the JSON names below are the wire names.
/// <see cref="CreateBoard"/> and <see cref="JoinBoard"/> are issued by the server itself, never accepted from a client.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(CreateBoard), "createBoard")]
[JsonDerivedType(typeof(JoinBoard), "joinBoard")]
[JsonDerivedType(typeof(AddNote), "addNote")]
[JsonDerivedType(typeof(EditNote), "editNote")]
[JsonDerivedType(typeof(RecolorNote), "recolorNote")]
[JsonDerivedType(typeof(MoveNote), "moveNote")]
[JsonDerivedType(typeof(DeleteNote), "deleteNote")]
public abstract record BoardCommand
{
    /// <summary>Commands only the server may issue; a client sending one is refused.</summary>
    [JsonIgnore] public virtual bool IsServerIssued => false;
}
