namespace Whiteboard.Core.Programme;

/// <summary>
/// Rule PN5: how many action items one unit or facilitator has made and done, and the share done (none when nothing was
/// made). <see cref="Name"/> is null for the items of owners without a unit, or of workshops made without a facilitator link.
/// </summary>
public sealed record CompletionRow(string? Name, int Made, int Done)
{
    public double? Rate => Completion.Rate(Made, Done);
}
