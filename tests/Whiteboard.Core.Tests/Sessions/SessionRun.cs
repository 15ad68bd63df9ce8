using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>One step as the server ran it: the command it resolved to, the decision, and the state before and after.</summary>
internal sealed record Outcome(int Index, Step Step, BoardCommand Command, DateTimeOffset Now, BoardState Before, Decision Decision,
    EventEnvelope? Envelope, BoardState After)
{
    public override string ToString() =>
        $"step {Index} ({Step}) → {Command} → {(Decision.Event is { } e ? $"#{Envelope!.Seq} {e}" : Decision.Rejection!.Code.ToString())}";
}

/// <summary>
/// A session run the way the server runs a board: an action-learning board is created (carrying two open actions of an
/// earlier workshop) and joined by the facilitator, three participants and an observer; then each step is resolved against
/// the state, decided, and an accepted one is stored with the next sequence number and applied. The server's clock moves on
/// by each step's <see cref="Step.Elapsed"/> seconds.
/// </summary>
internal sealed class SessionRun
{
    private SessionRun(BoardState initial, List<EventEnvelope> events, List<Outcome> outcomes)
    {
        Initial = initial;
        Events = events;
        Outcomes = outcomes;
    }

    /// <summary>The board once everyone has joined, before the session's steps.</summary>
    public BoardState Initial { get; }

    /// <summary>Every stored event, from BoardCreated.</summary>
    public IReadOnlyList<EventEnvelope> Events { get; }

    public IReadOnlyList<Outcome> Outcomes { get; }

    public BoardState Final => Outcomes.Count > 0 ? Outcomes[^1].After : Initial;

    public static SessionRun Of(Session session)
    {
        var events = new List<EventEnvelope>();
        var state = BoardState.Empty(BoardId);
        var now = Start;

        void Store(BoardEvent e, Guid actor)
        {
            var envelope = new EventEnvelope(state.Seq + 1, OpId(state.Seq + 1), actor, now, e);
            events.Add(envelope);
            state = Board.Apply(state, envelope);
        }

        Store(Board.Decide(state, new CreateBoard("行动学习 第1组", BoardLanguage.ZhCn, WorkshopId, 1, WorkshopTemplate.ActionLearning, Carried, Steps),
            new CommandContext(Guid.Empty, now)).Event!, Guid.Empty);
        foreach (var (id, name, role) in People.AtStart)
            Store(Board.Decide(state, new JoinBoard(id, name, role, ParticipantLocation.InRoom), new CommandContext(id, now)).Event!, id);
        var initial = state;

        Step[] steps = session.OpenFirst ? [new Step(Facilitator, 0, new AdvanceIntent()), .. session.Steps] : session.Steps;
        var outcomes = new List<Outcome>(steps.Length);
        var fresh = 0;
        foreach (var (step, index) in steps.Select((s, i) => (s, i)))
        {
            now = now.AddSeconds(step.Elapsed);
            var before = state;
            var command = step.Intent.Resolve(new Resolver(before, step.Actor, () => FreshId(++fresh)));
            var decision = Board.Decide(before, command, new CommandContext(step.Actor, now));
            EventEnvelope? envelope = null;
            if (decision.Event is { } e)
            {
                Store(e, step.Actor);
                envelope = events[^1];
            }
            outcomes.Add(new Outcome(index, step, command, now, before, decision, envelope, state));
        }
        return new SessionRun(initial, events, outcomes);
    }

    /// <summary>Rule A8: the board is made from an earlier workshop, whose open action items it carries.</summary>
    public static readonly IReadOnlyList<CarriedAction> Carried =
    [
        new(Guid.Parse("0000ca77-0000-4000-8000-000000000001"), 1, "每周复盘一次", "王芳", new DateOnly(2025, 2, 28), ActionStatus.InProgress, "做了两次"),
        new(Guid.Parse("0000ca77-0000-4000-8000-000000000002"), 3, "请外部顾问", "张总", null, ActionStatus.Blocked, ""),
    ];

    /// <summary>Rule R1: what the rating steps rate on.</summary>
    public static readonly IReadOnlyList<RatingCriterion> Criteria =
    [
        new("importance", new LocalizedText("重要性", "Importance"), 2),
        new("feasibility", new LocalizedText("可行性", "Feasibility"), 1),
    ];

    public static readonly string[] CriterionIds = [.. Criteria.Select(c => c.Id)];

    /// <summary>
    /// The action-learning cycle whose Problem and Plan stages also rate on <see cref="Criteria"/> (rule ST10): Problem has
    /// private writing, so scores meet hidden notes too.
    /// </summary>
    private static readonly IReadOnlyList<StageDefinition> Steps =
    [
        .. Templates.StagesOf(WorkshopTemplate.ActionLearning).Select(s => s.Id is StageIds.Problem or StageIds.Plan
            ? s with { Capabilities = s.Kind.Capabilities() | StageCapabilities.Rating, Criteria = Criteria }
            : s),
    ];

    private static Guid OpId(long seq) => Guid.Parse($"00000000-0000-4000-8000-{seq:x12}");

    private static Guid FreshId(int n) => Guid.Parse($"0000f7e5-0000-4000-8000-{n:x12}");
}
