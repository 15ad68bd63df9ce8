using Whiteboard.Core.Privacy;

namespace Whiteboard.Core.Tests.Sessions;

/// <summary>How a reference to a note, cluster or vote target is picked when the step runs.</summary>
internal enum Pick
{
    /// <summary>Notes: of the current stage, visible to the actor. Clusters: of the current stage. Targets: a note so picked.</summary>
    Current,
    /// <summary>Anything of its kind on the board (clusters as a vote target).</summary>
    Any,
    /// <summary>A target the actor has voted on.</summary>
    Voted,
    /// <summary>Action items: one the actor owns (else any); kept notes and questions: the actor's own.</summary>
    Owned,
    /// <summary>Action items: one the actor made (else any).</summary>
    Made,
    /// <summary>A new id.</summary>
    Fresh,
    /// <summary>An id that was never used.</summary>
    Unknown,
    Empty,
}

/// <summary>A reference resolved against the server's state when the step runs: the <see cref="Index"/>-th of what <see cref="Pick"/> selects.</summary>
internal readonly record struct Ref(Pick Pick, int Index)
{
    public override string ToString() => $"{Pick}#{Index}";
}

internal enum StagePick { Current, Nth, Done, Unknown }

internal readonly record struct StageRef(StagePick Pick, int Index)
{
    public override string ToString() => $"{Pick}#{Index}";
}

/// <summary>Turns references into ids, on the server's state as it is when the step runs.</summary>
internal sealed class Resolver(BoardState state, Guid actor, Func<Guid> fresh)
{
    public static readonly Guid UnknownId = Guid.Parse("0000dead-0000-4000-8000-000000000000");

    private readonly Viewer viewer = new(actor, state.RoleOf(actor) ?? ParticipantRole.Participant);

    public Guid Note(Ref r) => r.Pick switch
    {
        Pick.Current => Nth(CurrentNotes(), r.Index) ?? Nth(state.NotesInOrder().Select(n => n.Id), r.Index) ?? fresh(),
        Pick.Any or Pick.Voted => Nth(state.NotesInOrder().Select(n => n.Id), r.Index) ?? fresh(),
        Pick.Fresh => fresh(),
        Pick.Unknown => UnknownId,
        _ => Guid.Empty,
    };

    /// <summary>A kept deleted note: the actor's own (<see cref="Pick.Owned"/>), any (<see cref="Pick.Current"/>), else as <see cref="Note"/>.</summary>
    public Guid Deleted(Ref r) => r.Pick switch
    {
        Pick.Owned => Nth(KeptNotes().Where(d => d.Note.AuthorId == actor).Select(d => d.Note.Id), r.Index) ?? Deleted(r with { Pick = Pick.Current }),
        Pick.Current => Nth(KeptNotes().Select(d => d.Note.Id), r.Index) ?? Note(r),
        _ => Note(r),
    };

    public Guid Cluster(Ref r) => r.Pick switch
    {
        Pick.Current => Nth(CurrentClusters(), r.Index) ?? Nth(AllClusters(), r.Index) ?? fresh(),
        Pick.Any or Pick.Voted => Nth(AllClusters(), r.Index) ?? fresh(),
        Pick.Fresh => fresh(),
        Pick.Unknown => UnknownId,
        _ => Guid.Empty,
    };

    public Guid Target(Ref r) => r.Pick switch
    {
        Pick.Any => Nth(CurrentClusters(), r.Index) ?? Note(r with { Pick = Pick.Current }),
        Pick.Voted => Nth(state.Votes.Where(v => v.VoterId == actor).Select(v => v.TargetId).Distinct(), r.Index)
            ?? Note(r with { Pick = Pick.Current }),
        _ => Note(r),
    };

    public Guid Action(Ref r) => r.Pick switch
    {
        Pick.Owned => Nth(Actions().Where(a => a.OwnerId == actor).Select(a => a.Id), r.Index) ?? Action(r with { Pick = Pick.Any }),
        Pick.Made => Nth(Actions().Where(a => a.CreatedBy == actor).Select(a => a.Id), r.Index) ?? Action(r with { Pick = Pick.Any }),
        Pick.Current or Pick.Any or Pick.Voted => Nth(Actions().Select(a => a.Id), r.Index) ?? fresh(),
        Pick.Fresh => fresh(),
        Pick.Unknown => UnknownId,
        _ => Guid.Empty,
    };

    /// <summary>Questions: of the current stage (else any), any, or ids that do not exist (rules Q1–Q3).</summary>
    public Guid Question(Ref r) => r.Pick switch
    {
        Pick.Owned => Nth(Questions().Where(q => q.AskerId == actor).Select(q => q.Id), r.Index) ?? Question(r with { Pick = Pick.Current }),
        Pick.Current => Nth(Questions().Where(q => q.StageId == state.CurrentStage?.Id).Select(q => q.Id), r.Index) ?? Question(r with { Pick = Pick.Any }),
        Pick.Any or Pick.Voted or Pick.Made => Nth(Questions().Select(q => q.Id), r.Index) ?? fresh(),
        Pick.Fresh => fresh(),
        Pick.Unknown => UnknownId,
        _ => Guid.Empty,
    };

    private IEnumerable<Questions.Question> Questions() => state.Questions.Values.OrderBy(q => q.AskedAt).ThenBy(q => q.Id);

    /// <summary>The one stage move that brings the board closer to <paramref name="stageId"/> (null: past the last stage).</summary>
    public BoardCommand Reach(string? stageId)
    {
        var current = state.CurrentStage;
        if (stageId is null)
            return current is not null || state.Stages.Any(s => s.Status == StageStatus.NotOpen)
                ? new AdvanceStage()
                : new ControlTimer(state.Stages[^1].Id, TimerAction.Reset);
        if (current?.Id == stageId) return new ControlTimer(stageId, TimerAction.Start);
        return state.StageById(stageId)?.Status == StageStatus.Done ? new ReopenStage(stageId) : new AdvanceStage();
    }

    /// <summary>
    /// Rule F5: the board's steps revised — a step added at the end, the last one dropped, the first one retitled, or the
    /// last two swapped; whether it is taken depends on which steps ran.
    /// </summary>
    public IReadOnlyList<StageDefinition> Revised(int how)
    {
        var steps = state.Stages.Select(s => s.Definition).ToList();
        switch (how % 4)
        {
            case 0:
                steps.Add(Flows.FlowDesign.NewStep([.. steps.Select(s => new Flows.FlowStep(s, Flows.FlowDesign.NewStep([]).Guide))]).Stage);
                break;
            case 1 when steps.Count > 1: steps.RemoveAt(steps.Count - 1); break;
            case 2: steps[0] = steps[0] with { Title = new("改过的标题", "Retitled") }; break;
            case 3 when steps.Count > 1: (steps[^1], steps[^2]) = (steps[^2], steps[^1]); break;
        }
        return steps;
    }

    public string Stage(StageRef r) => r.Pick switch
    {
        StagePick.Current => state.CurrentStage?.Id ?? state.Stages[r.Index % state.Stages.Count].Id,
        StagePick.Nth => state.Stages[r.Index % state.Stages.Count].Id,
        StagePick.Done => Nth(state.Stages.Where(s => s.Status == StageStatus.Done).Select(s => s.Id), r.Index)
            ?? state.Stages[r.Index % state.Stages.Count].Id,
        _ => "no-such-stage",
    };

    private IEnumerable<Guid> CurrentNotes() =>
        state.CurrentStage is { } s ? state.NotesOf(s.Id).Where(n => Visibility.CanSee(n, viewer)).Select(n => n.Id) : [];

    private IEnumerable<Notes.DeletedNote> KeptNotes() => state.Deleted.Values.OrderBy(d => d.DeletedAt).ThenBy(d => d.Note.Id);

    private IEnumerable<Guid> CurrentClusters() => AllClusters().Where(id => state.Clusters[id].StageId == state.CurrentStage?.Id);

    private IEnumerable<ActionItems.ActionItem> Actions() => state.Actions.Values.OrderBy(a => a.CreatedAt).ThenBy(a => a.Id);

    private IEnumerable<Guid> AllClusters() => state.Clusters.Values.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => c.Id);

    private static T? Nth<T>(IEnumerable<T> items, int index) where T : struct
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[index % list.Count];
    }

    private static string? Nth(IEnumerable<string> items, int index)
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[index % list.Count];
    }
}
