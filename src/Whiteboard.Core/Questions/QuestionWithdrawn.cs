using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

public sealed record QuestionWithdrawn(Guid QuestionId) : BoardEvent;
