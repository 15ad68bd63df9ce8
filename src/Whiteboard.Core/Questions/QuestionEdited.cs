using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

public sealed record QuestionEdited(Guid QuestionId, string Text) : BoardEvent;
