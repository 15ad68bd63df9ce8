using Whiteboard.Core.Boards;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Stages;

/// <summary>
/// A stage as a template defines it; copied into the board when it is created, so later template changes never alter it.
/// <paramref name="Capabilities"/> says what the step allows (rule ST10); none given, what its kind has always allowed.
/// <paramref name="Layout"/> is its canvas (rule Z1); none given, a free one. <paramref name="Criteria"/>: what a rating step
/// rates on (rule R1).
/// </summary>
public sealed record StageDefinition(string Id, StageKind Kind, LocalizedText Title, LocalizedText Prompt, StageSettings Settings,
    StageCapabilities? Capabilities = null, CanvasLayout? Layout = null, IReadOnlyList<RatingCriterion>? Criteria = null)
{
    /// <summary>Rule ST10: what the step allows — as given, or what its kind has always allowed.</summary>
    public StageCapabilities Allowed => Kind.Allowed(Capabilities);
}
