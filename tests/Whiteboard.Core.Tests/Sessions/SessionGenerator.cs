using CsCheck;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Ratings;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>
/// Generates sessions of mostly valid commands: references pick existing notes, clusters and stages when the step runs, so
/// sessions go deep (private writing, reveals, clusters, votes, stage moves), with invalid ids, texts and settings mixed in.
/// </summary>
internal static class SessionGenerator
{
    private static readonly string[] Phrases = ["会议太多", "文档太少", "先做试点", "每周复盘", "meetings", "请外部顾问", "没人负责", "数据不准"];

    /// <summary>
    /// A note's text: mostly a phrase with a unique marker (#, 12 hex digits), so that a text can be traced in what a browser
    /// received; sometimes empty, too long or with a control character. The marker is drawn evenly from the top half of
    /// its range: an unbounded number favours small ones, and two texts sharing "#000000000003" read as a leak.
    /// </summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (20, (IGen<string>)Gen.Select(Gen.OneOf(Phrases), Gen.ULong[0x8000_0000_0000, 0xFFFF_FFFF_FFFF], (p, token) => $"{p} #{token:x12}")),
        (1, BadText()));

    /// <summary>Text of a question or answer in a class busy with questions: more often empty, too long or unclean (rule Q1).</summary>
    private static readonly Gen<string> QuestionText = Gen.Frequency((5, (IGen<string>)Text), (1, BadText()));

    private static Gen<string> BadText() => Gen.OneOf("", "  \n ", new string('字', 501), "会议\u0000太多", "会议太多");

    private static readonly Gen<string> Title = Gen.Frequency(
        (8, (IGen<string>)Gen.OneOf(Phrases)), (2, Gen.Const("")), (2, Gen.OneOf(new string('类', 41), "归\u0007类")));

    private static readonly Gen<Ref> NoteRef = Gen.Frequency(
        (20, (IGen<Ref>)Gen.Int[0, 50].Select(i => new Ref(Pick.Current, i))),
        (4, Gen.Int[0, 50].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    /// <summary>N10: a kept deleted note, the actor's own or anyone's; sometimes a live note, or an id that does not exist.</summary>
    private static readonly Gen<Ref> DeletedRef = Gen.Frequency(
        (12, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Owned, i))), (6, Gen.Int[0, 20].Select(i => new Ref(Pick.Current, i))),
        (2, Gen.Int[0, 50].Select(i => new Ref(Pick.Any, i))), (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> NewNoteRef = Gen.Frequency(
        (30, (IGen<Ref>)Gen.Const(new Ref(Pick.Fresh, 0))), (1, Gen.Int[0, 50].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.Const(new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> ClusterRef = Gen.Frequency(
        (16, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Current, i))),
        (3, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> NewClusterRef = Gen.Frequency(
        (20, (IGen<Ref>)Gen.Const(new Ref(Pick.Fresh, 0))), (2, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.Const(new Ref(Pick.Empty, 0))));

    /// <summary>Rules Q1–Q3: a question of the current stage mostly, any, or one that does not exist.</summary>
    private static readonly Gen<Ref> QuestionRef = Gen.Frequency(
        (12, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Current, i))),
        (3, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    /// <summary>Q3: mostly one of the actor's own questions (only the asker rewords one), sometimes anyone's.</summary>
    private static readonly Gen<Ref> OwnQuestionRef = Gen.Frequency(
        (8, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Owned, i))),
        (4, Gen.Int[0, 20].Select(i => new Ref(Pick.Current, i))),
        (1, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))));

    private static readonly Gen<Ref> NewQuestionRef = Gen.Frequency(
        (20, (IGen<Ref>)Gen.Const(new Ref(Pick.Fresh, 0))), (1, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.Const(new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> TargetRef = Gen.Frequency(
        (12, (IGen<Ref>)Gen.Int[0, 50].Select(i => new Ref(Pick.Current, i))),
        (6, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (4, Gen.Int[0, 20].Select(i => new Ref(Pick.Voted, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    private static readonly Gen<StageRef> StageRef = Gen.Frequency(
        (12, (IGen<StageRef>)Gen.Const(new StageRef(StagePick.Current, 0))),
        (4, Gen.Int[0, 4].Select(i => new StageRef(StagePick.Nth, i))),
        (1, Gen.Const(new StageRef(StagePick.Unknown, 0))));

    private static readonly Gen<StageRef> DoneStageRef = Gen.Frequency(
        (8, (IGen<StageRef>)Gen.Int[0, 4].Select(i => new StageRef(StagePick.Done, i))),
        (2, Gen.Int[0, 4].Select(i => new StageRef(StagePick.Nth, i))),
        (1, Gen.Const(new StageRef(StagePick.Unknown, 0))));

    private static readonly Gen<double> Coordinate = Gen.Frequency(
        (20, (IGen<double>)Gen.Double[-2_000, 2_000]), (1, Gen.OneOf(double.NaN, 100_000.5, -250_000.0)));

    private static readonly Gen<NoteColor> Color = Gen.Frequency(
        (20, (IGen<NoteColor>)Gen.Enum<NoteColor>()), (1, Gen.Const((NoteColor)42)));

    /// <summary>Random privacy, anonymity and hidden-vote flags; budgets, per-note maxima and timers mostly in range.</summary>
    public static readonly Gen<StageSettings> Settings = Gen.Select(
        Gen.Bool, Gen.Bool, Gen.Bool,
        Gen.Frequency((10, (IGen<int>)Gen.Int[0, 6]), (2, Gen.Int[7, 20]), (1, Gen.OneOf(-1, 21))),
        Gen.Frequency((10, (IGen<int>)Gen.Int[1, 3]), (1, Gen.OneOf(0, 30))),
        Gen.Bool,
        Gen.Frequency((10, (IGen<int>)Gen.Int[0, 1_800]), (1, Gen.OneOf(-1, StageSettings.MaxTimerSeconds + 1))),
        (privateWriting, anonymous, facilitatorSees, budget, maxPerNote, votesHidden, timer) =>
            new StageSettings(privateWriting, anonymous, facilitatorSees, budget, maxPerNote, votesHidden, timer));

    private static readonly Gen<TimerAction> TimerActions = Gen.Frequency(
        (20, (IGen<TimerAction>)Gen.Enum<TimerAction>()), (1, Gen.Const((TimerAction)9)));

    private static readonly Gen<int> TimerSeconds = Gen.Frequency(
        (8, (IGen<int>)Gen.Int[0, 900]), (1, Gen.OneOf(-1, StageSettings.MaxTimerSeconds, StageSettings.MaxTimerSeconds + 1)));

    /// <summary>
    /// What an action item says (A2): mostly a phrase (without a note's marker: what a browser received is searched for
    /// those); sometimes empty, too long or with a control character.
    /// </summary>
    private static readonly Gen<string> What = Gen.Frequency(
        (20, (IGen<string>)Gen.Select(Gen.OneOf(Phrases), Gen.Int[1, 9], (p, week) => $"做：{p}，第{week}周")),
        (4, Gen.OneOf("", " \n ", new string('事', 201), new string('事', 201), "先做\u0007试点", "先做\n试点")));

    /// <summary>A4: a progress note, mostly short or none; sometimes too long or with a control character.</summary>
    private static readonly Gen<string> Progress = Gen.Frequency(
        (20, (IGen<string>)Gen.OneOf("", "已开始", "等预算", "完成了\n下周复盘")), (4, Gen.OneOf(new string('进', 501), new string('进', 501), "进\u0001度")));

    private static readonly Gen<string> Summary = Gen.Frequency(
        (20, (IGen<string>)Gen.OneOf(Phrases).Select(p => $"总结：{p}\n下次再试")),
        (8, Gen.OneOf("", new string('总', 2001), new string('总', 2001), "总\u0001结")));

    /// <summary>A2: an owner on the board (the latecomer may not have joined), a name in free text, or neither, both, a stranger, an observer.</summary>
    private static readonly Gen<ActionOwner> Owner = Gen.Frequency(
        (8, (IGen<ActionOwner>)Gen.OneOf(Alice, Bob, Carol, Alice, Bob, Carol, Facilitator, People.Latecomer).Select(id => new ActionOwner(id, null))),
        (5, Gen.OneOf("张总", "HR 部门", "External coach").Select(name => new ActionOwner(null, name))),
        (2, Gen.OneOf(new ActionOwner(null, null), new ActionOwner(Alice, "王芳"), new ActionOwner(Stranger, null), new ActionOwner(Guid.Empty, null),
            new ActionOwner(null, " \n "), new ActionOwner(null, new string('名', 33)), new ActionOwner(Observer, null))));

    /// <summary>The day the sessions run (UTC; a session lasts hours, not days).</summary>
    private static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>A2: mostly within a year back and five years ahead, the bounds themselves, or just outside them.</summary>
    private static readonly Gen<DateOnly?> Due = Gen.Frequency(
        (6, (IGen<DateOnly?>)Gen.Int[-30, 400].Select(d => (DateOnly?)Today.AddDays(d))),
        (4, Gen.Const((DateOnly?)null)),
        (2, Gen.OneOf<DateOnly?>(Today.AddYears(-1), Today.AddYears(5), Today.AddYears(-1).AddDays(-1), Today.AddYears(5).AddDays(1))));

    /// <summary>A5: done and in progress most often, so that done items are reopened (and refused other moves).</summary>
    private static readonly Gen<ActionStatus> Status = Gen.Frequency(
        (3, (IGen<ActionStatus>)Gen.OneOf(ActionStatus.InProgress, ActionStatus.Done)), (2, Gen.OneOf(ActionStatus.NotStarted, ActionStatus.Blocked)),
        (1, Gen.Const((ActionStatus)7)));

    private static readonly Gen<Ref> NewActionRef = Gen.Frequency(
        (20, (IGen<Ref>)Gen.Const(new Ref(Pick.Fresh, 0))), (2, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.Const(new Ref(Pick.Empty, 0))));

    /// <summary>An item the actor made (edit, delete), else any; sometimes any, or an id that does not exist.</summary>
    private static readonly Gen<Ref> MadeActionRef = Gen.Frequency(
        (12, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Made, i))), (6, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    /// <summary>An item the actor owns (progress), else any; sometimes any, or an id that does not exist.</summary>
    private static readonly Gen<Ref> OwnedActionRef = Gen.Frequency(
        (12, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Owned, i))), (6, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    /// <summary>A1: from scratch, from a note of the current stage, from any note of the board (hidden ones too), or from none that exists.</summary>
    private static readonly Gen<Ref?> FromNote = Gen.Frequency(
        (4, (IGen<Ref?>)Gen.Const((Ref?)null)),
        (4, Gen.Int[0, 50].Select(i => (Ref?)new Ref(Pick.Any, i))),
        (1, Gen.Int[0, 50].Select(i => (Ref?)new Ref(Pick.Current, i))),
        (1, Gen.Const((Ref?)new Ref(Pick.Unknown, 0))));

    /// <summary>R2: mostly a score on one of the session board's criteria; sometimes clearing one, out of range, or on an unknown criterion.</summary>
    private static readonly Gen<(string Criterion, int? Score)> Score = Gen.Frequency(
        (16, (IGen<(string, int?)>)Gen.Select(Gen.OneOf(SessionRun.CriterionIds), Gen.Int[1, 5], (c, s) => (c, (int?)s))),
        (4, Gen.OneOf(SessionRun.CriterionIds).Select(c => (c, (int?)null))),
        (2, Gen.Select(Gen.OneOf([.. SessionRun.CriterionIds, "unknown"]), Gen.OneOf(0, 6, -3), (c, s) => (c, (int?)s))),
        (1, Gen.Int[1, 5].Select(s => ("unknown", (int?)s))));

    /// <summary>R1: the session's criteria again, other valid ones, or ones out of range.</summary>
    private static readonly Gen<RatingCriterion[]> Criteria = Gen.Frequency(
        (6, (IGen<RatingCriterion[]>)Gen.Const(SessionRun.Criteria.ToArray())),
        (3, Gen.Int[1, 5].Select(w => new[] { new RatingCriterion(SessionRun.CriterionIds[0], new LocalizedText("重要性", "Importance"), w) })),
        (2, Gen.OneOf(Array.Empty<RatingCriterion>(), [new RatingCriterion("cost", new LocalizedText("成本", "Cost"), 9)])));

    /// <summary>Participants' actions are mostly by participants; the facilitator, observer and a stranger try them too.</summary>
    private static readonly Gen<Guid> Participant = Gen.Frequency(
        (8, (IGen<Guid>)Gen.OneOf(Alice, Bob, Carol)), (2, Gen.OneOf(Facilitator, Facilitator, People.Assistant)),
        (2, Gen.OneOf(Observer, Stranger, People.Latecomer)));

    /// <summary>Running stages is mostly done by the facilitator; others try it too (ST7).</summary>
    private static readonly Gen<Guid> Runner = Gen.Frequency(
        (12, (IGen<Guid>)Gen.Const(Facilitator)), (3, Gen.Const(People.Assistant)), (1, Gen.OneOf(Alice, Observer, Stranger)));

    private static Gen<(Guid, Intent)> By(Gen<Guid> actor, Gen<Intent> intent) => Gen.Select(actor, intent, (a, i) => (a, i));

    private static Gen<Intent> As<T>(Gen<T> intent) where T : Intent => intent.Select(i => (Intent)i);

    /// <summary>
    /// Rules A1–A7: action items made, edited, deleted and followed up (by their owners, facilitators, others, and through
    /// owners' links), and the summary; the facilitator heads for the Action stage (and at times the Summary stage, or the end).
    /// </summary>
    private static readonly Gen<(Guid Actor, Intent Intent)> AfterClassActs = Gen.Frequency(
        (8, (IGen<(Guid, Intent)>)By(Participant, As(Gen.Select(NewActionRef, What, Owner, Due, FromNote, (id, what, owner, due, from) => new CreateActionIntent(id, what, owner, due, from))))),
        (5, By(Participant, As(Gen.Select(MadeActionRef, What, Owner, Due, (a, what, owner, due) => new EditActionIntent(a, what, owner, due))))),
        (3, By(Participant, As(MadeActionRef.Select(a => new DeleteActionIntent(a))))),
        (9, By(Participant, As(Gen.Select(OwnedActionRef, Status, Progress, (a, status, text) => new ProgressIntent(a, status, text, OwnerLink: false))))),
        (2, By(Gen.OneOf(Guid.Empty, Alice, Bob, Carol), As(Gen.Select(OwnedActionRef, Status, Progress, (a, status, text) => new ProgressIntent(a, status, text, OwnerLink: true))))),
        (6, By(Participant, As(Summary.Select(text => new SummaryIntent(text))))),
        (2, By(Runner, As(Gen.Const(new ReachIntent(StageIds.Action))))),
        (1, By(Runner, As(Gen.Const(new ReachIntent(StageIds.Summary))))),
        (1, By(Runner, As(Gen.Const(new ReachIntent(null))))));

    /// <summary>
    /// What people do in class; <paramref name="advance"/> and <paramref name="reopen"/>: how often the facilitator moves on, and
    /// goes back to a stage that is done; <paramref name="vote"/>: how often someone casts a dot; <paramref name="cluster"/>: how
    /// busy people are with clusters and <paramref name="questions"/> with questions on notes (multiples of the usual), and
    /// <paramref name="questionText"/>: what they write in questions and answers.
    /// </summary>
    private static Gen<(Guid Actor, Intent Intent)> ClassActs(int advance, int reopen, int vote, int cluster, int questions = 1,
        Gen<string>? questionText = null) => Gen.Frequency(
        (28, (IGen<(Guid, Intent)>)By(Participant, As(Gen.Select(NewNoteRef, StageRef, Text, Color, Coordinate, Coordinate,
            (id, stage, text, color, x, y) => new AddNoteIntent(id, stage, text, color, x, y))))),
        (6, By(Participant, As(Gen.Select(NoteRef, Text, (n, t) => new EditNoteIntent(n, t))))),
        (3, By(Participant, As(Gen.Select(NoteRef, Color, (n, c) => new RecolorNoteIntent(n, c))))),
        (6, By(Participant, As(Gen.Select(NoteRef, Coordinate, Coordinate, (n, x, y) => new MoveNoteIntent(n, x, y))))),
        (4, By(Participant, As(NoteRef.Select(n => new DeleteNoteIntent(n))))),
        (3, By(Participant, As(DeletedRef.Select(n => new RestoreNoteIntent(n))))),
        (advance, By(Runner, As(Gen.Const(new AdvanceIntent())))),
        (4, By(Runner, As(Gen.Select(StageRef, Gen.Bool, (s, unlock) => new LockIntent(s, unlock))))),
        (reopen, By(Runner, As(DoneStageRef.Select(s => new ReopenIntent(s))))),
        (6, By(Runner, As(Gen.Select(StageRef, Settings, (s, settings) => new SettingsIntent(s, settings))))),
        (6, By(Runner, As(Gen.Select(StageRef, Gen.Bool, (s, votes) => new RevealIntent(s, votes))))),
        (4, By(Runner, As(Gen.Select(StageRef, TimerActions, TimerSeconds, (s, a, seconds) => new TimerIntent(s, a, seconds))))),
        (4, By(Participant, As(Gen.Select(StageRef, Gen.Bool, (s, done) => new MarkDoneIntent(s, done))))),
        (8 * cluster, By(Participant, As(Gen.Select(NewClusterRef, NoteRef.Array[0, 4], Title, (id, notes, title) => new CreateClusterIntent(id, notes, title))))),
        (6 * cluster, By(Participant, As(Gen.Select(NoteRef, ClusterRef, (n, c) => new AddToClusterIntent(n, c))))),
        (3 * cluster, By(Participant, As(NoteRef.Select(n => new RemoveFromClusterIntent(n))))),
        (3 * cluster, By(Participant, As(Gen.Select(ClusterRef, Title, (c, t) => new RenameClusterIntent(c, t))))),
        (2 * cluster, By(Participant, As(ClusterRef.Select(c => new DissolveClusterIntent(c))))),
        (vote, By(Participant, As(TargetRef.Select(t => new VoteIntent(t, Retract: false))))),
        (3 * questions, By(Runner, As(Gen.Select(StageRef, Gen.Frequency((4, (IGen<bool>)Gen.Const(true)), (1, Gen.Const(false))),
            (s, allowed) => new AllowQuestionsIntent(s, allowed))))),
        (8 * questions, By(Participant, As(Gen.Select(NewQuestionRef, NoteRef, questionText ?? Text, (id, note, text) => new AskIntent(id, note, text))))),
        (6 * questions, By(Participant, As(Gen.Select(NewNoteRef, QuestionRef, questionText ?? Text, (id, q, text) => new AnswerIntent(id, q, text))))),
        (3 * questions, By(Participant, As(Gen.Select(OwnQuestionRef, questionText ?? Text, Gen.Bool, (q, text, withdraw) => new ChangeQuestionIntent(q, text, withdraw))))),
        (6, By(Participant, As(TargetRef.Select(t => new VoteIntent(t with { Pick = Pick.Voted }, Retract: true))))),
        (vote, By(Participant, As(Gen.Select(TargetRef, Score, (t, s) => new RateIntent(t, s.Criterion, s.Score))))),
        (2, By(Runner, As(Gen.Select(StageRef, Criteria, (s, c) => new CriteriaIntent(s, c))))),
        (3, By(Runner, As(StageRef.Select(s => new RevealRatingsIntent(s))))),
        (2, Gen.Select(Gen.OneOf(People.Latecomer, People.Latecomer, Alice, Bob, Carol, Observer),
            Gen.Frequency((8, (IGen<string>)Gen.OneOf("晚到的", "Late")), (2, Gen.OneOf("", new string('名', 33)))), Unit,
            (person, name, unit) => (person, (Intent)new JoinIntent(person, name, unit)))),
        (2, Gen.Select(Gen.OneOf(Facilitator, Facilitator, Facilitator, Alice), Gen.OneOf(Alice, Bob, Carol, People.Latecomer, Observer, Stranger),
            Unit, (actor, person, unit) => (actor, (Intent)new SetUnitIntent(person, unit)))),
        (1, Gen.OneOf(Alice, Bob, Carol, People.Latecomer, Stranger).Select(person => (Facilitator, (Intent)new LeaveIntent(person)))),
        (1, Gen.Select(Gen.OneOf(Facilitator, Facilitator, Alice), Gen.OneOf(Alice, Bob, Carol, People.Latecomer, Observer, Facilitator, Stranger),
            (actor, person) => (actor, (Intent)new RemoveIntent(person)))),
        (1, Gen.Const((Guid.Empty, (Intent)new CreateBoardIntent()))),
        (1, Gen.Int[0, 3].Select(how => (Guid.Empty, (Intent)new ReviseIntent(how)))));

    /// <summary>Rule P7: a unit, none, an empty one, or one too long.</summary>
    private static readonly Gen<string?> Unit = Gen.Frequency(
        (6, (IGen<string?>)Gen.OneOf<string?>("市发改委", "某区组织部", "Finance Bureau")),
        (3, Gen.Const(() => (string?)null)),
        (1, Gen.OneOf<string?>("  ", new string('单', 61))));

    private static Gen<Step> Steps(Gen<(Guid Actor, Intent Intent)> acts) =>
        Gen.Select(acts, Gen.Int[0, 90], (a, elapsed) => new Step(a.Actor, elapsed, a.Intent));

    /// <summary>A class that dwells on its stages: notes, private writing, reveals, clusters and votes.</summary>
    public static readonly Gen<Step> Step = Steps(ClassActs(advance: 6, reopen: 3, vote: 16, cluster: 1));

    /// <summary>
    /// A class that questions its notes (rules Q1–Q5): asking needs a step that allows it, a revealed note and quota left, and
    /// rewording needs the asker again, so at the usual rate some question outcomes show only a few times in thousands of sessions.
    /// </summary>
    public static readonly Gen<Step> QuestioningStep = Steps(ClassActs(advance: 6, reopen: 3, vote: 16, cluster: 1, questions: 6, questionText: QuestionText));

    /// <summary>After class: half of the steps are about action items and the summary, half are class work.</summary>
    public static readonly Gen<Step> AfterClassStep = Steps(Gen.Frequency((1, ClassActs(advance: 6, reopen: 3, vote: 40, cluster: 2)), (1, AfterClassActs)));

    /// <summary>
    /// Sessions of up to <paramref name="maxSteps"/> steps; most open the first stage at once. Three in ten go on to the Action
    /// stage: up to half of their steps in class (private writing, reveals, clusters, votes), then the facilitator heads for
    /// the Action stage, and the rest of the steps are after class (action items, the summary, the end of the session, and back).
    /// Two in ten are classes busy with questions on their notes.
    /// </summary>
    public static Gen<Session> Sessions(int maxSteps) =>
        Gen.Select(Gen.Frequency((9, (IGen<bool>)Gen.Const(true)), (1, Gen.Const(false))),
                Gen.Frequency((5, (IGen<Kind>)Gen.Const(Kind.Class)), (3, Gen.Const(Kind.AfterClass)), (2, Gen.Const(Kind.Questioning))))
            .SelectMany((openFirst, kind) => kind switch
            {
                Kind.AfterClass => Gen.Select(Step.Array[0, maxSteps / 2], AfterClassStep.Array[0, maxSteps], (inClass, after) =>
                    new Session(openFirst, [.. inClass, .. Enumerable.Repeat(new Step(Facilitator, 60, new ReachIntent(StageIds.Action)), 4), .. after])),
                Kind.Questioning => QuestioningStep.Array[0, maxSteps].Select(steps => new Session(openFirst, steps)),
                _ => Step.Array[0, maxSteps].Select(steps => new Session(openFirst, steps)),
            });

    private enum Kind { Class, AfterClass, Questioning }
}
