using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Boards;

public sealed record CreateBoard(string Title, BoardLanguage Language) : BoardCommand
{
    public override bool IsServerIssued => true;
}
