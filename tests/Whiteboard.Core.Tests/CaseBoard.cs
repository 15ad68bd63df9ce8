using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Summaries;

namespace Whiteboard.Core.Tests;

/// <summary>
/// A whole action-learning session on one board, run through the rules as the server runs it, with the clock set per stage:
/// the case the report, the board pictures, the insight and the replay are checked against.
/// <list type="bullet">
/// <item>Problem (09:01–09:26; private, anonymous to everyone, hidden dots): four notes, revealed; a cluster "会议" of two of
/// them; dots revealed; then one more private note that is never revealed, and one dot cast after the reveal (open).</item>
/// <item>Plan (09:26–09:46; named notes, hidden dots): three ideas; dots revealed.</item>
/// <item>Action (09:46–10:06): two action items, one from a plan idea, one from scratch for someone not in the class.</item>
/// <item>Reflection (10:06–10:16; private, anonymous): two notes revealed, one never revealed.</item>
/// <item>Summary (10:16–10:21): the group's summary; then the session is finished.</item>
/// </list>
/// </summary>
internal sealed class CaseBoard
{
    public const string Secret = "绝密：其实是老板不听意见";
    public const string SecretReflection = "没公开的反思：我其实没参与";

    public static readonly Guid ClusterId = Guid.Parse("c1a55000-0000-4000-8000-0000000000aa");
    public static readonly Guid PilotAction = Guid.Parse("ac710000-0000-4000-8000-0000000000a1");
    public static readonly Guid CoachAction = Guid.Parse("ac710000-0000-4000-8000-0000000000a2");
    public static readonly DateOnly Today = DateOnly.FromDateTime(Start.UtcDateTime);

    /// <summary>A minute after everyone joined (<see cref="TestBoard.Start"/>): 09:01 in Beijing.</summary>
    public static readonly DateTimeOffset ClassBegins = Start.AddMinutes(1);

    public TestBoard Board { get; } = ActionLearning();

    /// <summary>Problem notes: 会议太多 (Alice), 审批流程长 (Bob), 没人负责 (Carol), 文档太少 (Alice); the secret one (Carol).</summary>
    public Guid Meetings, Approvals, Nobody, Documents, Hidden;

    /// <summary>Plan ideas: 先在销售部试点 (Alice), 请外部顾问 (Bob), 每周复盘 (Carol).</summary>
    public Guid Pilot, Coach, Review;

    /// <summary>Reflections: 学会了倾听 (Alice), 试点要更小 (Bob); the secret one (Carol).</summary>
    public Guid Listening, Smaller, HiddenReflection;

    /// <param name="revealPlanVotes">Whether the facilitator reveals the plan's dots.</param>
    /// <param name="finish">Whether the facilitator finishes the session after the summary.</param>
    /// <param name="facilitatorSeesAuthors">Whether the problem stage lets facilitators see who wrote what (ST6).</param>
    public CaseBoard(bool revealPlanVotes = true, bool finish = true, bool facilitatorSeesAuthors = false)
    {
        var b = Board;
        if (facilitatorSeesAuthors) b.Configure(StageIds.Problem, s => s with { FacilitatorSeesAuthors = true });
        At(0);
        b.OpenStage(StageIds.Problem);
        Meetings = b.AddNote(Alice, "会议太多", x: 0, y: 0);
        Approvals = b.AddNote(Bob, "审批流程长", x: 400, y: 0);
        Nobody = b.AddNote(Carol, "没人负责", x: 0, y: 300);
        Documents = b.AddNote(Alice, "文档太少", x: 200, y: 0);
        b.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        b.Accept(new CreateCluster(ClusterId, [Meetings, Documents], "会议"), Bob);
        // Dots (budget 3, at most 2 per target, hidden): cluster 1 + its notes 2 + 1 = 4; 审批流程长 2; 没人负责 0 until the reveal
        b.Accept(new CastVote(ClusterId), Carol);
        Vote(Bob, Meetings, 2);
        Vote(Alice, Documents, 1);
        Vote(Alice, Approvals, 2);
        b.Accept(new RevealVotes(StageIds.Problem), Facilitator);
        Vote(Carol, Nobody, 1); // after the reveal: an open dot
        Hidden = b.AddNote(Carol, Secret, x: 400, y: 300); // private writing is still on: never revealed

        At(25);
        b.Accept(new AdvanceStage(), Facilitator);
        Pilot = b.AddNote(Alice, "先在销售部试点", x: 0, y: 0);
        Coach = b.AddNote(Bob, "请外部顾问", x: 200, y: 0);
        Review = b.AddNote(Carol, "每周复盘", x: 400, y: 0);
        // Dots (budget 5, at most 3 per target, hidden): 先在销售部试点 4, 请外部顾问 3, 每周复盘 0
        Vote(Bob, Pilot, 2);
        Vote(Carol, Pilot, 2);
        Vote(Alice, Coach, 3);
        if (revealPlanVotes) b.Accept(new RevealVotes(StageIds.Plan), Facilitator);

        At(45);
        b.Accept(new AdvanceStage(), Facilitator);
        b.Accept(new CreateActionItem(CoachAction, "请外部顾问来讲一次", new ActionOwner(null, "张总"), Today.AddDays(30)), Facilitator);
        b.Accept(new CreateActionItem(PilotAction, "先在销售部试点", new ActionOwner(Bob, null), Today.AddDays(14), Pilot), Alice);
        b.Accept(new UpdateActionProgress(PilotAction, ActionStatus.InProgress, "已约好"), Bob);

        At(65);
        b.Accept(new AdvanceStage(), Facilitator);
        Listening = b.AddNote(Alice, "学会了倾听");
        Smaller = b.AddNote(Bob, "试点要更小");
        b.Accept(new RevealNotes(StageIds.Reflection), Facilitator);
        HiddenReflection = b.AddNote(Carol, SecretReflection);

        At(75);
        b.Accept(new AdvanceStage(), Facilitator);
        b.Accept(new WriteSummary("我们选了“会议太多”，先在销售部试点。"), Alice);

        if (!finish) return;
        At(80);
        b.Accept(new AdvanceStage(), Facilitator);
    }

    /// <summary>The board's clock: the next event is <paramref name="minutes"/> after the class began, later ones a second apart.</summary>
    public void At(int minutes) => Board.ClockFrom(ClassBegins.AddMinutes(minutes));

    private void Vote(Guid voter, Guid target, int times)
    {
        for (var i = 0; i < times; i++) Board.Accept(new CastVote(target), voter);
    }
}
