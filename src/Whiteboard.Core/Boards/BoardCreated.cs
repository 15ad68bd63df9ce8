using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Boards;

public sealed record BoardCreated(string Title, BoardLanguage Language) : BoardEvent;
