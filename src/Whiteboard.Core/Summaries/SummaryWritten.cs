using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Summaries;

public sealed record SummaryWritten(string Text) : BoardEvent;
