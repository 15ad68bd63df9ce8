namespace Whiteboard.Core.Reports;

/// <summary>A note that was questioned, in the step it was written in, with its threads in the order they were asked.</summary>
public sealed record QuestionedNote(string Stage, string Note, IReadOnlyList<ReportThread> Threads);
