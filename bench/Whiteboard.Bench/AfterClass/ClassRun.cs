using Whiteboard.Bench.Clients;
using Whiteboard.Bench.Targets;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;

namespace Whiteboard.Bench.AfterClass;

/// <summary>
/// One action-learning workshop run to its Summary stage the way a class runs it, through the real HTTP API and hub: the
/// facilitator creates it and joins with the secret, the trainees join by code and name (the server places them), the
/// facilitator moves every group through the stages and reveals, and the groups work at once in each stage. Everyone
/// leaves at the end, as after a class.
/// </summary>
public static class ClassRun
{
    public static async Task<ClassOutcome> RunAsync(Target target, int groups, int groupSize)
    {
        var created = await target.CreateWorkshopAsync("行动学习研讨班（基准测试）", groups);
        var secret = created.FacilitatorUrl.Split("#facilitator=")[1];
        await using var facilitator = await ClassMember.JoinAsync(target.BaseAddress, new JoinRequest(created.Code, "张老师", FacilitatorSecret: secret));
        var people = await Connections.OpenAsync(groups * groupSize,
            i => ClassMember.JoinAsync(target.BaseAddress, new JoinRequest(created.Code, $"学员{i + 1}")));
        try
        {
            var tally = new Tally();
            var groupsJoined = people.GroupBy(p => p.BoardId).ToList(); // where the server placed each (the emptiest group, rule W2)
            var work = groupsJoined.Select((members, g) => new GroupWork([.. members], g, tally)).ToList();
            await facilitator.SubmitToAllAsync(new AdvanceStage()); // Problem: private and anonymous, votes hidden
            await Each(work, g => g.WriteProblemsAsync());
            await facilitator.SubmitToAllAsync(new RevealNotes("problem"));
            await Each(work, g => g.ClusterAndVoteProblemsAsync());
            await facilitator.SubmitToAllAsync(new RevealVotes("problem"));
            await facilitator.SubmitToAllAsync(new AdvanceStage()); // Plan: votes hidden
            await Each(work, g => g.PlanAsync());
            await facilitator.SubmitToAllAsync(new RevealVotes("plan"));
            await facilitator.SubmitToAllAsync(new AdvanceStage()); // Action
            await Each(work, g => g.ActAsync());
            await facilitator.SubmitToAllAsync(new AdvanceStage()); // Reflection: private and anonymous
            await Each(work, g => g.ReflectAsync());
            await facilitator.SubmitToAllAsync(new RevealNotes("reflection"));
            await facilitator.SubmitToAllAsync(new AdvanceStage()); // Summary
            await Each(work, g => g.SummariseAsync());
            var heads = await facilitator.HeadsAsync();
            return new ClassOutcome(created.Code, secret, [.. created.Boards.Select(b => b.BoardId)], [.. groupsJoined.Select(g => g.Count())],
                tally, heads.ToDictionary(h => h.BoardId, h => h.Seq));
        }
        finally
        {
            foreach (var person in people) await person.DisposeAsync();
        }
    }

    private static Task Each(IEnumerable<GroupWork> groups, Func<GroupWork, Task> stage) => Task.WhenAll(groups.Select(stage));
}

/// <summary>
/// The workshop a class left behind: how to ask for its reports, and how big it is (people per group as the server placed
/// them; events = each board's last number).
/// </summary>
public sealed record ClassOutcome(
    string Code, string FacilitatorSecret, IReadOnlyList<Guid> Boards, IReadOnlyList<int> GroupSizes, Tally Tally, IReadOnlyDictionary<Guid, long> Events)
{
    public int Participants => GroupSizes.Sum();
    public long TotalEvents => Events.Values.Sum();
}
