using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Questions;

/// <summary>Rule Q3: the asker withdraws their question, or a facilitator removes it; its answers go with it.</summary>
public sealed record WithdrawQuestion(Guid QuestionId) : BoardCommand;
