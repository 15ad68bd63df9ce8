using Whiteboard.Core.Protocol;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Stages;

/// <summary>Stored without votes. As sent to a viewer it carries every vote of the stage, voters left out (rule V4).</summary>
public sealed record VotesRevealed(string StageId, IReadOnlyList<Vote>? Votes = null) : BoardEvent;
