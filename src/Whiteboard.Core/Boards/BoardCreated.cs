using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Boards;

/// <summary>The board's first event: its stages are copied from the template, so the board never depends on a template changing later.</summary>
public sealed record BoardCreated(string Title, BoardLanguage Language, Guid WorkshopId, int GroupNumber, IReadOnlyList<StageDefinition> Stages, bool FirstStageOpen,
    IReadOnlyList<CarriedAction>? Carried = null) : BoardEvent;
