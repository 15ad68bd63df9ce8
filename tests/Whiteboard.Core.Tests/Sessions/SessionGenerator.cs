using CsCheck;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Stages;
using static Whiteboard.Core.Tests.TestBoard;

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
    /// received; sometimes empty, too long or with a control character.
    /// </summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (20, (IGen<string>)Gen.Select(Gen.OneOf(Phrases), Gen.ULong, (p, token) => $"{p} #{token & 0xFFFF_FFFF_FFFF:x12}")),
        (1, Gen.OneOf("", "  \n ", new string('字', 501), "会议\u0000太多", "会议太多")));

    private static readonly Gen<string> Title = Gen.Frequency(
        (8, (IGen<string>)Gen.OneOf(Phrases)), (2, Gen.Const("")), (1, Gen.OneOf(new string('类', 41), "归\u0007类")));

    private static readonly Gen<Ref> NoteRef = Gen.Frequency(
        (20, (IGen<Ref>)Gen.Int[0, 50].Select(i => new Ref(Pick.Current, i))),
        (4, Gen.Int[0, 50].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> NewNoteRef = Gen.Frequency(
        (30, (IGen<Ref>)Gen.Const(new Ref(Pick.Fresh, 0))), (1, Gen.Int[0, 50].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.Const(new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> ClusterRef = Gen.Frequency(
        (16, (IGen<Ref>)Gen.Int[0, 20].Select(i => new Ref(Pick.Current, i))),
        (3, Gen.Int[0, 20].Select(i => new Ref(Pick.Any, i))),
        (1, Gen.OneOf(new Ref(Pick.Unknown, 0), new Ref(Pick.Empty, 0))));

    private static readonly Gen<Ref> NewClusterRef = Gen.Frequency(
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

    /// <summary>Participants' actions are mostly by participants; the facilitator, observer and a stranger try them too.</summary>
    private static readonly Gen<Guid> Participant = Gen.Frequency(
        (8, (IGen<Guid>)Gen.OneOf(Alice, Bob, Carol)), (2, Gen.OneOf(Facilitator, Facilitator, People.Assistant)),
        (2, Gen.OneOf(Observer, Stranger, People.Latecomer)));

    /// <summary>Running stages is mostly done by the facilitator; others try it too (ST7).</summary>
    private static readonly Gen<Guid> Runner = Gen.Frequency(
        (12, (IGen<Guid>)Gen.Const(Facilitator)), (3, Gen.Const(People.Assistant)), (1, Gen.OneOf(Alice, Observer, Stranger)));

    private static Gen<(Guid, Intent)> By(Gen<Guid> actor, Gen<Intent> intent) => Gen.Select(actor, intent, (a, i) => (a, i));

    private static Gen<Intent> As<T>(Gen<T> intent) where T : Intent => intent.Select(i => (Intent)i);

    private static readonly Gen<(Guid Actor, Intent Intent)> Acts = Gen.Frequency(
        (28, (IGen<(Guid, Intent)>)By(Participant, As(Gen.Select(NewNoteRef, StageRef, Text, Color, Coordinate, Coordinate,
            (id, stage, text, color, x, y) => new AddNoteIntent(id, stage, text, color, x, y))))),
        (6, By(Participant, As(Gen.Select(NoteRef, Text, (n, t) => new EditNoteIntent(n, t))))),
        (3, By(Participant, As(Gen.Select(NoteRef, Color, (n, c) => new RecolorNoteIntent(n, c))))),
        (6, By(Participant, As(Gen.Select(NoteRef, Coordinate, Coordinate, (n, x, y) => new MoveNoteIntent(n, x, y))))),
        (4, By(Participant, As(NoteRef.Select(n => new DeleteNoteIntent(n))))),
        (6, By(Runner, As(Gen.Const(new AdvanceIntent())))),
        (4, By(Runner, As(Gen.Select(StageRef, Gen.Bool, (s, unlock) => new LockIntent(s, unlock))))),
        (3, By(Runner, As(DoneStageRef.Select(s => new ReopenIntent(s))))),
        (6, By(Runner, As(Gen.Select(StageRef, Settings, (s, settings) => new SettingsIntent(s, settings))))),
        (6, By(Runner, As(Gen.Select(StageRef, Gen.Bool, (s, votes) => new RevealIntent(s, votes))))),
        (4, By(Runner, As(Gen.Select(StageRef, TimerActions, TimerSeconds, (s, a, seconds) => new TimerIntent(s, a, seconds))))),
        (4, By(Participant, As(Gen.Select(StageRef, Gen.Bool, (s, done) => new MarkDoneIntent(s, done))))),
        (8, By(Participant, As(Gen.Select(NewClusterRef, NoteRef.Array[0, 4], Title, (id, notes, title) => new CreateClusterIntent(id, notes, title))))),
        (6, By(Participant, As(Gen.Select(NoteRef, ClusterRef, (n, c) => new AddToClusterIntent(n, c))))),
        (3, By(Participant, As(NoteRef.Select(n => new RemoveFromClusterIntent(n))))),
        (2, By(Participant, As(Gen.Select(ClusterRef, Title, (c, t) => new RenameClusterIntent(c, t))))),
        (2, By(Participant, As(ClusterRef.Select(c => new DissolveClusterIntent(c))))),
        (16, By(Participant, As(TargetRef.Select(t => new VoteIntent(t, Retract: false))))),
        (6, By(Participant, As(TargetRef.Select(t => new VoteIntent(t with { Pick = Pick.Voted }, Retract: true))))),
        (2, Gen.Select(Gen.OneOf(People.Latecomer, People.Latecomer, Alice, Bob, Carol, Observer),
            Gen.Frequency((8, (IGen<string>)Gen.OneOf("晚到的", "Late")), (1, Gen.OneOf("", new string('名', 33)))),
            (person, name) => (person, (Intent)new JoinIntent(person, name)))),
        (1, Gen.OneOf(Alice, Bob, Carol, People.Latecomer, Stranger).Select(person => (Facilitator, (Intent)new LeaveIntent(person)))),
        (1, Gen.Const((Guid.Empty, (Intent)new CreateBoardIntent()))));

    public static readonly Gen<Step> Step = Gen.Select(Acts, Gen.Int[0, 90], (a, elapsed) => new Step(a.Actor, elapsed, a.Intent));

    /// <summary>Sessions of up to <paramref name="maxSteps"/> steps; most open the first stage at once.</summary>
    public static Gen<Session> Sessions(int maxSteps) =>
        Gen.Select(Gen.Frequency((9, (IGen<bool>)Gen.Const(true)), (1, Gen.Const(false))), Step.Array[0, maxSteps],
            (openFirst, steps) => new Session(openFirst, steps));
}
