using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rule F5: the board's steps from now on; those that ran stay as they are.</summary>
public sealed record StepsRevised(IReadOnlyList<StageDefinition> Steps) : BoardEvent;
