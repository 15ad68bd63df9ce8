namespace Whiteboard.Core.Reports;

/// <summary>A question asked on a note and its answers, oldest first, as the room saw them (rules Q2, Q5): text only, no names.</summary>
public sealed record ReportThread(string Question, IReadOnlyList<string> Answers);
