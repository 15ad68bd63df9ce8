using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>What someone means to do, in terms of the board as it will be when they do it.</summary>
internal abstract record Intent
{
    public abstract BoardCommand Resolve(Resolver r);
}

internal sealed record AddNoteIntent(Ref Id, StageRef Stage, string Text, NoteColor Color, double X, double Y) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AddNote(r.Note(Id), r.Stage(Stage), Text, Color, X, Y);
}

internal sealed record EditNoteIntent(Ref Note, string Text) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new EditNote(r.Note(Note), Text);
}

internal sealed record RecolorNoteIntent(Ref Note, NoteColor Color) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RecolorNote(r.Note(Note), Color);
}

internal sealed record MoveNoteIntent(Ref Note, double X, double Y) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new MoveNote(r.Note(Note), X, Y);
}

internal sealed record DeleteNoteIntent(Ref Note) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new DeleteNote(r.Note(Note));
}

/// <summary>Rule N10: restores a kept deleted note (<see cref="Pick.Current"/>), or tries a live, unknown or empty id.</summary>
internal sealed record RestoreNoteIntent(Ref Note) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RestoreNote(r.Deleted(Note));
}

internal sealed record AdvanceIntent : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AdvanceStage();
}

internal sealed record LockIntent(StageRef Stage, bool Unlock) : Intent
{
    public override BoardCommand Resolve(Resolver r) => Unlock ? new UnlockStage(r.Stage(Stage)) : new LockStage(r.Stage(Stage));
}

internal sealed record ReopenIntent(StageRef Stage) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new ReopenStage(r.Stage(Stage));
}

internal sealed record SettingsIntent(StageRef Stage, StageSettings Settings) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new ChangeStageSettings(r.Stage(Stage), Settings);
}

internal sealed record RevealIntent(StageRef Stage, bool Votes) : Intent
{
    public override BoardCommand Resolve(Resolver r) => Votes ? new RevealVotes(r.Stage(Stage)) : new RevealNotes(r.Stage(Stage));
}

internal sealed record TimerIntent(StageRef Stage, TimerAction Action, int Seconds) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new ControlTimer(r.Stage(Stage), Action, Seconds);
}

internal sealed record MarkDoneIntent(StageRef Stage, bool Done) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new MarkDone(r.Stage(Stage), Done);
}

internal sealed record CreateClusterIntent(Ref Id, Ref[] Notes, string Title) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new CreateCluster(r.Cluster(Id), [.. Notes.Select(r.Note)], Title);

    public override string ToString() => $"{nameof(CreateClusterIntent)} {{ Id = {Id}, Notes = [{string.Join(", ", Notes)}], Title = {Title} }}";
}

internal sealed record AddToClusterIntent(Ref Note, Ref Cluster) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AddToCluster(r.Note(Note), r.Cluster(Cluster));
}

internal sealed record RemoveFromClusterIntent(Ref Note) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RemoveFromCluster(r.Note(Note));
}

internal sealed record RenameClusterIntent(Ref Cluster, string Title) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RenameCluster(r.Cluster(Cluster), Title);
}

internal sealed record DissolveClusterIntent(Ref Cluster) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new DissolveCluster(r.Cluster(Cluster));
}

internal sealed record VoteIntent(Ref Target, bool Retract) : Intent
{
    public override BoardCommand Resolve(Resolver r) => Retract ? new RetractVote(r.Target(Target)) : new CastVote(r.Target(Target));
}

/// <summary>Rule R2: a score (null: clearing it) on a criterion of the stage's — or one it does not have.</summary>
internal sealed record RateIntent(Ref Target, string CriterionId, int? Score) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RateItem(r.Target(Target), CriterionId, Score);
}

/// <summary>Rule R1: the facilitator (or someone else) sets a stage's criteria, valid or not.</summary>
internal sealed record CriteriaIntent(StageRef Stage, RatingCriterion[] Criteria) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new SetCriteria(r.Stage(Stage), Criteria);

    public override string ToString() => $"{nameof(CriteriaIntent)} {{ Stage = {Stage}, Criteria = [{string.Join(", ", Criteria.Select(c => $"{c.Id}×{c.Weight}"))}] }}";
}

internal sealed record RevealRatingsIntent(StageRef Stage) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RevealRatings(r.Stage(Stage));
}

/// <summary>Rule ST11: the facilitator turns questioning on or off for a step.</summary>
internal sealed record AllowQuestionsIntent(StageRef Stage, bool Allowed) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AllowQuestions(r.Stage(Stage), Allowed);
}

/// <summary>Rule F5, server-issued: the facilitator revised the workshop's steps (<see cref="Resolver.Revised"/>).</summary>
internal sealed record ReviseIntent(int How) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new ReviseSteps(r.Revised(How));
}

/// <summary>Rule Q1: a question on a note (<paramref name="Id"/> fresh, or an id in use).</summary>
internal sealed record AskIntent(Ref Id, Ref Note, string Text) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AskQuestion(Id.Pick == Pick.Fresh ? r.Note(Id) : r.Question(Id), r.Note(Note), Text);
}

/// <summary>Rule Q2: an answer (<paramref name="Id"/> fresh, or the id of a note already on the board).</summary>
internal sealed record AnswerIntent(Ref Id, Ref Question, string Text) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new AnswerQuestion(r.Note(Id), r.Question(Question), Text);
}

/// <summary>Rule Q3: rewording (or, <paramref name="Withdraw"/>, withdrawing) a question.</summary>
internal sealed record ChangeQuestionIntent(Ref Question, string Text, bool Withdraw) : Intent
{
    public override BoardCommand Resolve(Resolver r) =>
        Withdraw ? new WithdrawQuestion(r.Question(Question)) : new EditQuestion(r.Question(Question), Text);
}

/// <summary>Rule A1: an action item from scratch, or from a note (<paramref name="FromNote"/>: any note on the board, hidden ones too).</summary>
internal sealed record CreateActionIntent(Ref Id, string What, ActionOwner Owner, DateOnly? Due, Ref? FromNote) : Intent
{
    public override BoardCommand Resolve(Resolver r) =>
        new CreateActionItem(r.Action(Id), What, Owner, Due, FromNote is { } note ? r.Note(note) : null);
}

internal sealed record EditActionIntent(Ref Action, string What, ActionOwner Owner, DateOnly? Due) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new EditActionItem(r.Action(Action), What, Owner, Due);
}

internal sealed record DeleteActionIntent(Ref Action) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new DeleteActionItem(r.Action(Action));
}

/// <summary>Rule A4: how an item stands, reported on the board or (<paramref name="OwnerLink"/>) through the owner's follow-up link.</summary>
internal sealed record ProgressIntent(Ref Action, ActionStatus Status, string Progress, bool OwnerLink) : Intent
{
    public override BoardCommand Resolve(Resolver r) => OwnerLink
        ? new RecordOwnerProgress(r.Action(Action), Status, Progress)
        : new UpdateActionProgress(r.Action(Action), Status, Progress);
}

/// <summary>
/// The facilitator heads for a stage (null: the end of the session), one move per step: advancing towards it, reopening it
/// when it is done, and once there starting its timer (ST2, ST4, ST8).
/// </summary>
internal sealed record ReachIntent(string? StageId) : Intent
{
    public override BoardCommand Resolve(Resolver r) => r.Reach(StageId);
}

internal sealed record SummaryIntent(string Text) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new WriteSummary(Text);
}

/// <summary>Server-issued: someone joins (again) with the role they always have; the joiner is the actor.</summary>
internal sealed record JoinIntent(Guid Person, string Name, string? Unit = null) : Intent
{
    public override BoardCommand Resolve(Resolver r) =>
        new JoinBoard(Person, Name, People.RoleOf(Person), ParticipantLocation.Remote, Unit);

    public override string ToString() => $"{nameof(JoinIntent)} {{ {People.Name(Person)}, \"{Name}\", \"{Unit}\" }}";
}

/// <summary>A facilitator (or, refused, anyone else) sets or clears someone's unit (rule P7).</summary>
internal sealed record SetUnitIntent(Guid Person, string? Unit) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new SetParticipantUnit(Person, Unit);

    public override string ToString() => $"{nameof(SetUnitIntent)} {{ {People.Name(Person)}, \"{Unit}\" }}";
}

/// <summary>Server-issued when the facilitator moves someone to another group (rule W3).</summary>
internal sealed record LeaveIntent(Guid Person) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new LeaveBoard(Person);

    public override string ToString() => $"{nameof(LeaveIntent)} {{ {People.Name(Person)} }}";
}

/// <summary>Server-issued when the facilitator removes someone from the workshop (rule P6); the facilitator is the actor.</summary>
internal sealed record RemoveIntent(Guid Person) : Intent
{
    public override BoardCommand Resolve(Resolver r) => new RemoveParticipant(Person);

    public override string ToString() => $"{nameof(RemoveIntent)} {{ {People.Name(Person)} }}";
}

internal sealed record CreateBoardIntent : Intent
{
    public override BoardCommand Resolve(Resolver r) => new CreateBoard("又一个", BoardLanguage.En, WorkshopId, 2, WorkshopTemplate.OpenBrainstorm);
}

/// <summary>One step of a session: who acts, how many seconds after the previous step, and what they mean to do.</summary>
internal sealed record Step(Guid Actor, int Elapsed, Intent Intent)
{
    public override string ToString() => $"{People.Name(Actor)} +{Elapsed}s {Intent}";
}

/// <summary>A generated session on an action-learning board; <see cref="OpenFirst"/>: the facilitator opens the first stage before the steps.</summary>
internal sealed record Session(bool OpenFirst, Step[] Steps)
{
    public override string ToString() =>
        $"Session (open first: {OpenFirst}, {Steps.Length} steps)\n  " + string.Join("\n  ", Steps.Select((s, i) => $"{i}: {s}"));
}
