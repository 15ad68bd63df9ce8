using System.Collections.Immutable;
using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Stages;

/// <summary>One stage of a board: its guiding prompt, settings, status, timer, and who flagged themselves done.</summary>
public sealed record Stage(
    string Id,
    StageKind Kind,
    LocalizedText Title,
    LocalizedText Prompt,
    StageSettings Settings,
    StageStatus Status,
    bool VotesRevealed,
    StageTimer Timer,
    ImmutableHashSet<Guid> Done,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public static Stage From(StageDefinition d) =>
        new(d.Id, d.Kind, d.Title, d.Prompt, d.Settings, StageStatus.NotOpen, false, StageTimer.Stopped, [], null, null);

    public bool IsCurrent => Status is StageStatus.Open or StageStatus.Locked;
}
