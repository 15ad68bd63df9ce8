using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Voting;

namespace Whiteboard.Server.Tests.AfterClass;

/// <summary>
/// A short one-group session run through the hub to the Summary stage, the way a class runs it: private problems (one never
/// revealed), a cluster, hidden votes revealed, plan ideas voted on, action items with owners, reflections, a summary.
/// </summary>
public sealed class SessionToSummary : IAsyncDisposable
{
    public const string Unrevealed = "没揭示的秘密问题";

    public required WorkshopPeople People { get; init; }
    public required BoardClient Alice { get; init; }
    public required BoardClient Bob { get; init; }
    public required Guid ChosenCluster { get; init; }
    public required Guid TopIdea { get; init; }
    public required Guid AliceAction { get; init; }
    public required Guid OutsiderAction { get; init; }
    public BoardClient Facilitator => People.Facilitator;

    public static async Task<SessionToSummary> RunAsync(TestApp app)
    {
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        var f = people.Facilitator;
        var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        var bob = await WorkshopPeople.JoinAsync(app, people, "李雷");
        await f.SubmitAsync(new AdvanceStage()); // Problem: private, anonymous, hidden votes (3 each)
        var (p1, p2, p3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await alice.SubmitAsync(new AddNote(p1, "problem", "会议太多", NoteColor.Yellow, 0, 0));
        await bob.SubmitAsync(new AddNote(p2, "problem", "报表太多", NoteColor.Yellow, 200, 0));
        await bob.SubmitAsync(new AddNote(p3, "problem", "审批太慢", NoteColor.Blue, 400, 0));
        await f.SubmitAsync(new RevealNotes("problem"));
        await alice.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", Unrevealed, NoteColor.Pink, 0, 300)); // after the reveal: hidden again
        var cluster = Guid.NewGuid();
        await bob.SubmitAsync(new CreateCluster(cluster, [p1, p2], "形式主义"));
        foreach (var voter in new[] { alice, bob }) await voter.SubmitAsync(new CastVote(cluster));
        await alice.SubmitAsync(new CastVote(p3));
        await f.SubmitAsync(new RevealVotes("problem"));
        await f.SubmitAsync(new AdvanceStage()); // Plan
        var (idea1, idea2) = (Guid.NewGuid(), Guid.NewGuid());
        await alice.SubmitAsync(new AddNote(idea1, "plan", "例会改为双周", NoteColor.Green, 0, 0));
        await bob.SubmitAsync(new AddNote(idea2, "plan", "报表统一模板", NoteColor.Green, 200, 0));
        foreach (var voter in new[] { alice, bob }) { await voter.SubmitAsync(new CastVote(idea2)); await voter.SubmitAsync(new CastVote(idea2)); }
        await alice.SubmitAsync(new CastVote(idea1));
        await f.SubmitAsync(new RevealVotes("plan"));
        await f.SubmitAsync(new AdvanceStage()); // Action
        var (aliceAction, outsiderAction) = (Guid.NewGuid(), Guid.NewGuid());
        await bob.SubmitAsync(new CreateActionItem(aliceAction, "起草统一报表模板", new ActionOwner(alice.Joined!.ParticipantId, null),
            new DateOnly(2026, 12, 31), idea2));
        await f.SubmitAsync(new CreateActionItem(outsiderAction, "请办公室审核, 发文", new ActionOwner(null, "办公室 张主任"), new DateOnly(2027, 1, 15)));
        await f.SubmitAsync(new AdvanceStage()); // Reflection: private, anonymous
        await alice.SubmitAsync(new AddNote(Guid.NewGuid(), "reflection", "要先听基层的声音", NoteColor.Purple, 0, 0));
        await f.SubmitAsync(new RevealNotes("reflection"));
        await f.SubmitAsync(new AdvanceStage()); // Summary
        var last = await f.SubmitAsync(new WriteSummary("聚焦报表减负：统一模板，双周例会。"));
        foreach (var c in new[] { f, alice, bob }) await c.WaitForSeqAsync(last.Seq);
        return new SessionToSummary
        {
            People = people, Alice = alice, Bob = bob, ChosenCluster = cluster, TopIdea = idea2,
            AliceAction = aliceAction, OutsiderAction = outsiderAction,
        };
    }

    /// <summary>Everyone's connection closes with the session: a test holds the session, not each person.</summary>
    public async ValueTask DisposeAsync()
    {
        await Bob.DisposeAsync();
        await Alice.DisposeAsync();
        await Facilitator.DisposeAsync();
    }
}
