using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Client.Tests.Replay;

/// <summary>A short session decided and applied by the core as the server does it: the events a board's history returns.</summary>
public sealed class RecordedSession
{
    private BoardState _state;
    private DateTimeOffset _at = TestBoard.Start;

    public RecordedSession()
    {
        BoardId = Guid.NewGuid();
        _state = BoardState.Empty(BoardId);
        Do(new CreateBoard("第一组", BoardLanguage.ZhCn, Guid.NewGuid(), 1, WorkshopTemplate.ActionLearning), Guid.Empty);
        Do(new JoinBoard(Facilitator, "王老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom), Guid.Empty);
        Do(new JoinBoard(Trainee, "李明", ParticipantRole.Participant, ParticipantLocation.InRoom), Guid.Empty);
    }

    public Guid BoardId { get; }
    public Guid Facilitator { get; } = Guid.NewGuid();
    public Guid Trainee { get; } = Guid.NewGuid();
    public List<EventEnvelope> Events { get; } = [];

    /// <summary>The board as the server holds it now.</summary>
    public BoardState Live => _state;

    public RecordedSession Advance() => Do(new AdvanceStage(), Facilitator);

    public RecordedSession Note(string text, string stageId, double x) =>
        Do(new AddNote(Guid.NewGuid(), stageId, text, NoteColor.Yellow, x, 80), Trainee);

    public RecordedSession Reveal(string stageId) => Do(new RevealNotes(stageId), Facilitator);

    public RecordedSession Do(BoardCommand command, Guid actor)
    {
        _at = _at.AddMinutes(1);
        var decision = Board.Decide(_state, command, new CommandContext(actor, _at));
        if (!decision.IsAccepted) throw new InvalidOperationException($"{command} refused: {decision.Rejection}");
        var envelope = new EventEnvelope(_state.Seq + 1, Guid.NewGuid(), actor, _at, decision.Event!);
        Events.Add(envelope);
        _state = Board.Apply(_state, envelope);
        return this;
    }

    /// <summary>Where the event that opened a stage is (1-based, as the timeline counts).</summary>
    public int PositionWhereOpened(string stageId) =>
        Events.FindIndex(e => e.Event is StageAdvanced { ToStageId: var id } && id == stageId) + 1;
}
