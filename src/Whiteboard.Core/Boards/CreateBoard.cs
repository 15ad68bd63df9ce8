using System.Text.Json.Serialization;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Boards;

public sealed record CreateBoard(string Title, BoardLanguage Language) : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
