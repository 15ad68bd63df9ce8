namespace Whiteboard.Core.Programme;

/// <summary>Rule PN5: the completion rate is the share of the action items made that are done; none when none were made.</summary>
public static class Completion
{
    public static double? Rate(int made, int done) => made == 0 ? null : (double)done / made;
}
