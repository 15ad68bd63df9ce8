using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Ratings;

/// <summary>Rule R4: the facilitator shows everyone the stage's scores; from then on they are final.</summary>
public sealed record RevealRatings(string StageId) : BoardCommand;
