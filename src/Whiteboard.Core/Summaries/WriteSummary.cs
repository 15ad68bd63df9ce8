using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Summaries;

/// <summary>Rule A7: the group's or the facilitator's summary, written in the Summary stage.</summary>
public sealed record WriteSummary(string Text) : BoardCommand;
