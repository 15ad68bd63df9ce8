namespace Whiteboard.Core.Programme;

/// <summary>The words the programme's charts need, in the reader's language (the host reads them from its resources).</summary>
public sealed record ProgrammeChartLabels(string WorkshopsByMonth, string TraineesByMonth, string CompletionByUnit, string NoUnit, string NoData);
