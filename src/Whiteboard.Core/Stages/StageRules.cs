using Whiteboard.Core.Boards;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Stages;

/// <summary>Rules ST1–ST9, ST11: how the facilitator moves a board through its stages, and participants say they are done.</summary>
internal static class StageRules
{
    public static Decision Decide(BoardState state, BoardCommand command, CommandContext context)
    {
        var current = state.CurrentStage;
        if (command is AdvanceStage) return DecideAdvance(state, current);
        var stageId = command switch
        {
            LockStage c => c.StageId,
            UnlockStage c => c.StageId,
            ReopenStage c => c.StageId,
            ChangeStageSettings c => c.StageId,
            RevealNotes c => c.StageId,
            RevealVotes c => c.StageId,
            ControlTimer c => c.StageId,
            MarkDone c => c.StageId,
            AllowQuestions c => c.StageId,
            _ => "",
        };
        if (state.StageById(stageId) is not { } stage) return RejectionCode.StageNotFound;
        return command switch
        {
            LockStage => stage.Status == StageStatus.Open ? Decision.Accept(new StageLocked(stageId)) : RejectionCode.StageNotOpen,
            UnlockStage => stage.Status == StageStatus.Locked ? Decision.Accept(new StageUnlocked(stageId)) : RejectionCode.StageNotOpen,
            ReopenStage => stage.Status == StageStatus.Done ? Decision.Accept(new StageReopened(stageId, current?.Id)) : RejectionCode.StageNotDone,
            ChangeStageSettings c => c.Settings.IsValid ? Decision.Accept(new StageSettingsChanged(stageId, c.Settings)) : RejectionCode.InvalidSettings,
            RevealNotes => Decision.Accept(new NotesRevealed(stageId)),
            RevealVotes => Decision.Accept(new VotesRevealed(stageId)),
            ControlTimer c => DecideTimer(stage, c, context.Now),
            AllowQuestions c => Decision.Accept(new QuestionsAllowed(stageId, c.Allowed)),
            // P3 was checked before: the actor is an active participant.
            MarkDone c => StageAccess.CheckMarkDone(state, stageId, new Viewer(context.ActorId, state.RoleOf(context.ActorId)!.Value))
                ?? Decision.Accept(new DoneMarked(stageId, c.Done)),
            _ => RejectionCode.MalformedMessage,
        };
    }

    public static BoardState Apply(BoardState state, EventEnvelope envelope) => envelope.Event switch
    {
        StageAdvanced e => Open(Close(state, e.FromStageId, envelope.At), e.ToStageId, envelope.At),
        StageLocked e => state.WithStage(e.StageId, s => s with { Status = StageStatus.Locked }),
        StageUnlocked e => state.WithStage(e.StageId, s => s with { Status = StageStatus.Open }),
        StageReopened e => Open(Close(state, e.ClosedStageId, envelope.At), e.StageId, envelope.At),
        StageSettingsChanged e => state.WithStage(e.StageId, s => s with { Settings = e.Settings }),
        TimerChanged e => state.WithStage(e.StageId, s => s with { Timer = e.Timer }),
        QuestionsAllowed e => state.WithStage(e.StageId, s => s.WithQuestions(e.Allowed)),
        DoneMarked e => state.WithStage(e.StageId, s => s with { Done = e.Done ? s.Done.Add(envelope.ActorId) : s.Done.Remove(envelope.ActorId) }),
        _ => state,
    };

    /// <summary>ST2: with no current stage the first not yet opened one opens; after the last, the session is finished.</summary>
    private static Decision DecideAdvance(BoardState state, Stage? current)
    {
        var next = StageOrder.NextToOpen(state.Stages);
        if (current is null) return next is null ? RejectionCode.NoNextStage : Decision.Accept(new StageAdvanced(null, next.Id));
        return Decision.Accept(new StageAdvanced(current.Id, next?.Id));
    }

    /// <summary>ST8: a countdown kept as an end time in server time, or as what remains while paused.</summary>
    private static Decision DecideTimer(Stage stage, ControlTimer c, DateTimeOffset now)
    {
        if (c.Seconds < 0 || c.Seconds > StageSettings.MaxTimerSeconds || !Enum.IsDefined(c.Action)) return RejectionCode.InvalidSettings;
        // A countdown runs for the stage in progress; stopping one is always allowed.
        if (c.Action is TimerAction.Start or TimerAction.Resume or TimerAction.Extend && !stage.IsCurrent) return RejectionCode.StageNotOpen;
        var timer = stage.Timer;
        var remaining = timer.RemainingAt(now);
        StageTimer? next = c.Action switch
        {
            TimerAction.Start => (c.Seconds > 0 ? c.Seconds : stage.Settings.TimerSeconds) is var length and > 0
                ? new StageTimer(true, now.AddSeconds(length), TimeSpan.FromSeconds(length)) : null,
            TimerAction.Pause => new StageTimer(false, now, remaining),
            TimerAction.Resume => remaining > TimeSpan.Zero ? new StageTimer(true, now + remaining, remaining) : null,
            TimerAction.Extend => c.Seconds > 0 && remaining.TotalSeconds + c.Seconds <= StageSettings.MaxTimerSeconds
                ? new StageTimer(timer.Running, now + remaining + TimeSpan.FromSeconds(c.Seconds), remaining + TimeSpan.FromSeconds(c.Seconds))
                : null,
            TimerAction.Reset => StageTimer.Stopped,
            _ => null,
        };
        return next is null ? RejectionCode.InvalidSettings : Decision.Accept(new TimerChanged(stage.Id, next));
    }

    private static BoardState Close(BoardState state, string? stageId, DateTimeOffset at) =>
        stageId is null ? state : state.WithStage(stageId, s => s with
        {
            Status = StageStatus.Done, ClosedAt = at, Timer = StageTimer.Stopped,
            Elapsed = s.Elapsed + (s.LastOpenedAt is { } since ? at - since : TimeSpan.Zero),
        });

    private static BoardState Open(BoardState state, string? stageId, DateTimeOffset at) =>
        stageId is null ? state : state.WithStage(stageId, s => s with { Status = StageStatus.Open, OpenedAt = s.OpenedAt ?? at, LastOpenedAt = at, ClosedAt = null });
}
