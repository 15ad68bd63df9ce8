using Whiteboard.Core.Boards;
using Whiteboard.Core.Stages;

namespace Whiteboard.Client.Boards;

/// <summary>
/// The stage on screen: the one a person tapped to look at, else the current one, else the last one done (after the
/// session). When the facilitator moves the board on, everyone follows to the new current stage.
/// </summary>
public sealed class ShownStage(BoardState state)
{
    /// <summary>A stage this person tapped to look at; null follows the current stage.</summary>
    private string? _chosenId;
    private string? _lastCurrentId = state.CurrentStage?.Id;

    public Stage? In(BoardState board) =>
        (_chosenId is { } id ? board.StageById(id) : null)
        ?? board.CurrentStage
        ?? board.Stages.LastOrDefault(s => s.Status == StageStatus.Done);

    public void Show(string stageId, BoardState board) => _chosenId = stageId == board.CurrentStage?.Id ? null : stageId;

    /// <summary>The current stage changed since the last call: the screen goes to it (true), and what it showed for the
    /// stage before no longer applies.</summary>
    public bool FollowCurrent(BoardState board)
    {
        if (board.CurrentStage?.Id == _lastCurrentId) return false;
        (_lastCurrentId, _chosenId) = (board.CurrentStage?.Id, null);
        return true;
    }
}
