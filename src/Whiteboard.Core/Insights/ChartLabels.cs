namespace Whiteboard.Core.Insights;

/// <summary>The words the charts need, in the reader's language (the host reads them from its resources).</summary>
public sealed record ChartLabels(string NotesPerPerson, string Anonymous, string StageMinutes, string TopThird, string Group, string NoData);
