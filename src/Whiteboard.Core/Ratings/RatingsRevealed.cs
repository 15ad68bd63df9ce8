using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

/// <summary>Stored without scores. As sent to a viewer it carries every score of the stage, raters left out (rule R4).</summary>
public sealed record RatingsRevealed(string StageId, IReadOnlyList<Rating>? Ratings = null) : BoardEvent;
