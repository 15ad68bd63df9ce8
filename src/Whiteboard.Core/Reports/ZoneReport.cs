namespace Whiteboard.Core.Reports;

/// <summary>
/// A zone of a step's canvas as the group filled it (rule Z2): its label and the notes lying in it, top to bottom. The
/// notes a tool canvas holds outside every zone come last, with an empty <see cref="Id"/> and <see cref="Label"/>.
/// </summary>
public sealed record ZoneReport(string Id, string Label, IReadOnlyList<string> Notes)
{
    public bool IsOutside => Id.Length == 0;
}
