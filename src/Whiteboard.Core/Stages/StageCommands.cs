using Whiteboard.Core.Protocol;

namespace Whiteboard.Core.Stages;

/// <summary>Rules ST7, W5: the commands that run the stages — the facilitator's, and the ones sent to every group at once.</summary>
public static class StageCommands
{
    public static bool Includes(BoardCommand command) => command is AdvanceStage or LockStage or UnlockStage or ReopenStage
        or ChangeStageSettings or RevealNotes or RevealVotes or ControlTimer or AllowQuestions or Ratings.SetCriteria or Ratings.RevealRatings;
}
