using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

/// <summary>Rule Q3: the asker rewords their question.</summary>
public sealed record EditQuestion(Guid QuestionId, string Text) : BoardCommand;
