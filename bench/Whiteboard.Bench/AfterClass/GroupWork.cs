using System.Collections.Concurrent;
using Whiteboard.Bench.Clients;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Voting;

namespace Whiteboard.Bench.AfterClass;

/// <summary>
/// What one group does in each stage, its members at once (each waits for its own acknowledgements): about three
/// problems each, a few clusters, three hidden votes each; three plan ideas and five votes each; eight action items with
/// owners and due dates, half of them with progress; a reflection each; the summary. Votes favour the first notes written,
/// so a few stand out, and the action items come from the best-voted ideas.
/// </summary>
public sealed class GroupWork(IReadOnlyList<ClassMember> people, int group, Tally tally)
{
    public const int NotesEach = 3;
    public const int Clusters = 4;
    public const int ClusterSize = 5;
    public const int ActionItems = 8;
    public const int ProblemVotes = 3; // the template's budgets
    public const int PlanVotes = 5;
    private static readonly DateOnly FirstDue = new(2026, 12, 15);

    private readonly ConcurrentQueue<Guid> _problems = new();
    private readonly ConcurrentQueue<Guid> _ideas = new();

    public Task WriteProblemsAsync() => Everyone((person, random) => WriteAsync(person, random, "problem", ClassTexts.Problems, _problems));

    /// <summary>After the reveal: the first people cluster some problems, then everyone votes on clusters and notes.</summary>
    public async Task ClusterAndVoteProblemsAsync()
    {
        var problems = _problems.ToArray();
        var clusters = Enumerable.Range(0, Math.Min(Clusters, problems.Length / ClusterSize)).Select(_ => Guid.NewGuid()).ToArray();
        await Task.WhenAll(clusters.Select((id, k) => SubmitAsync(people[k % people.Count],
            new CreateCluster(id, problems[(k * ClusterSize)..((k + 1) * ClusterSize)], ClassTexts.ClusterTitles[k % ClassTexts.ClusterTitles.Length]))));
        Guid[] targets = [.. clusters, .. problems[(clusters.Length * ClusterSize)..]];
        await Everyone((person, random) => VoteAsync(person, random, targets, ProblemVotes));
    }

    public async Task PlanAsync()
    {
        await Everyone((person, random) => WriteAsync(person, random, "plan", ClassTexts.Ideas, _ideas));
        var ideas = _ideas.ToArray();
        await Everyone((person, random) => VoteAsync(person, random, ideas, PlanVotes));
    }

    /// <summary>Action items from the favoured ideas, each owned by the next person; then half get progress from their owner.</summary>
    public async Task ActAsync()
    {
        var ideas = _ideas.ToArray();
        var items = Enumerable.Range(0, ActionItems).Select(k => (Id: Guid.NewGuid(), Owner: people[(k + 1) % people.Count])).ToArray();
        await Task.WhenAll(items.Select((item, k) => SubmitAsync(people[k % people.Count], new CreateActionItem(item.Id,
            ClassTexts.Actions[k % ClassTexts.Actions.Length], new ActionOwner(item.Owner.ParticipantId, null),
            FirstDue.AddDays(7 * k), ideas.Length > k ? ideas[k] : null))));
        await Task.WhenAll(items.Select(async (item, k) =>
        {
            if (k % 2 != 0) return; // half of them: in progress, and every fourth done as well
            await SubmitAsync(item.Owner, new UpdateActionProgress(item.Id, ActionStatus.InProgress, "已起草初稿，正在征求意见"));
            if (k % 4 == 0) await SubmitAsync(item.Owner, new UpdateActionProgress(item.Id, ActionStatus.Done, "已完成，下次研讨汇报"));
        }));
    }

    public Task ReflectAsync() => Everyone((person, random) => WriteNoteAsync(person, random, "reflection", ClassTexts.Reflections, null));

    public Task SummariseAsync() => SubmitAsync(people[0], new WriteSummary(ClassTexts.Summary));

    private async Task WriteAsync(ClassMember person, Random random, string stageId, string[] texts, ConcurrentQueue<Guid> written)
    {
        for (var n = 0; n < NotesEach; n++) await WriteNoteAsync(person, random, stageId, texts, written);
    }

    private async Task WriteNoteAsync(ClassMember person, Random random, string stageId, string[] texts, ConcurrentQueue<Guid>? written)
    {
        var id = Guid.NewGuid();
        await SubmitAsync(person, new AddNote(id, stageId, texts[random.Next(texts.Length)], (NoteColor)random.Next(6),
            random.Next(0, 1600), random.Next(0, 900)));
        written?.Enqueue(id);
    }

    /// <summary>Distinct targets, the earlier ones more likely (so within any per-target limit).</summary>
    private async Task VoteAsync(ClassMember person, Random random, Guid[] targets, int votes)
    {
        var chosen = new HashSet<Guid>();
        while (chosen.Count < Math.Min(votes, targets.Length)) chosen.Add(targets[(int)(targets.Length * Math.Pow(random.NextDouble(), 2))]);
        foreach (var target in chosen) await SubmitAsync(person, new CastVote(target));
    }

    private Task Everyone(Func<ClassMember, Random, Task> work) =>
        Task.WhenAll(people.Select((person, i) => work(person, new Random(group * 1000 + i))));

    private async Task SubmitAsync(ClassMember person, BoardCommand command)
    {
        await person.SubmitAsync(command);
        tally.Count(command);
    }
}
