using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Ratings;

/// <summary>
/// One yardstick a step rates ideas on (rule R1), e.g. 重要性 ×2: its id, its name in both languages (a name the
/// facilitator types on the live stage is the same in both) and its weight in the weighted mean.
/// </summary>
public sealed record RatingCriterion(string Id, LocalizedText Name, int Weight)
{
    public const int MinScore = 1;
    public const int MaxScore = 5;
    public const int MaxWeight = 5;
    public const int MaxCriteria = 8;
    public const int MaxNameLength = 20;
}
