using Whiteboard.Client.Boards;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Voting;
using Whiteboard.Core.Workshops;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests;

/// <summary>A board as a join returns it (stages from a template), and the envelopes that follow, made the way the server makes them.</summary>
public sealed class TestBoard
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>The action-learning stages with <paramref name="openStage"/> open (none when null).</summary>
    public TestBoard(WorkshopTemplate template = WorkshopTemplate.ActionLearning, string? openStage = "problem")
    {
        Stages = [.. Templates.StagesOf(template).Select(Stage.From)];
        if (openStage is not null) SetStage(openStage, s => s with { Status = StageStatus.Open, OpenedAt = Start });
    }

    public Guid BoardId { get; } = Guid.NewGuid();
    public Guid WorkshopId { get; } = Guid.NewGuid();
    public Participant Facilitator { get; } = new(Guid.NewGuid(), "王老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom, Start);
    public Participant Trainee { get; } = new(Guid.NewGuid(), "李明", ParticipantRole.Participant, ParticipantLocation.Remote, Start.AddMinutes(1));
    public Participant Colleague { get; } = new(Guid.NewGuid(), "张伟", ParticipantRole.Participant, ParticipantLocation.InRoom, Start.AddMinutes(2));
    public Participant Observer { get; } = new(Guid.NewGuid(), "组织部", ParticipantRole.Observer, ParticipantLocation.Remote, Start.AddMinutes(3));
    public List<Stage> Stages { get; }
    public List<Note> Notes { get; } = [];
    public List<Cluster> Clusters { get; } = [];
    public List<Vote> Votes { get; } = [];
    public List<Core.Ratings.Rating> Ratings { get; } = [];
    public List<ActionItem> Actions { get; } = [];
    public List<CarriedAction> Carried { get; } = [];
    public string Summary { get; set; } = "";
    public List<Whiteboard.Core.Questions.Question> Questions { get; } = [];
    public long Seq { get; set; } = 3;
    public List<Guid> Online { get; } = [];
    public List<long> CatchUpRequests { get; } = [];
    public List<CommandEnvelope> Submitted { get; } = [];
    public Queue<CatchUpResult> CatchUpAnswers { get; } = new();
    public Func<CommandEnvelope, CommandAck>? Answer { get; set; }
    /// <summary>An answer that comes later (a TaskCompletionSource): wins over <see cref="Answer"/>.</summary>
    public Func<CommandEnvelope, Task<CommandAck>>? AnswerLater { get; set; }
    public Func<IReadOnlyList<BoardHead>>? HeadsAnswer { get; set; }

    public IEnumerable<BoardCommand> Commands => Submitted.Select(s => s.Command);

    public Note AddNote(string text, NoteColor color = NoteColor.Yellow, double x = 100, double y = 80, Guid? author = null,
        string stageId = "problem", bool hidden = false, NoteAnonymity anonymity = NoteAnonymity.Named, Guid? clusterId = null)
    {
        var at = Start.AddMinutes(Notes.Count);
        var note = new Note(Guid.NewGuid(), stageId, text, color, x, y, author ?? Trainee.Id, clusterId, hidden, anonymity, at, at);
        Notes.Add(note);
        return note;
    }

    /// <summary>A cluster of the given notes (their ClusterId set), as the board would have it.</summary>
    public Cluster AddCluster(string title, params Note[] members)
    {
        var cluster = new Cluster(Guid.NewGuid(), members[0].StageId, title, Start.AddMinutes(30 + Clusters.Count));
        Clusters.Add(cluster);
        foreach (var m in members) Notes[Notes.FindIndex(n => n.Id == m.Id)] = m with { ClusterId = cluster.Id };
        return cluster;
    }

    public void SetStage(string stageId, Func<Stage, Stage> change)
    {
        var index = Stages.FindIndex(s => s.Id == stageId);
        Stages[index] = change(Stages[index]);
    }

    public BoardSnapshot Snapshot => new(BoardId, Seq, "第一组", BoardLanguage.ZhCn, WorkshopId, 1, [.. Stages], [.. Notes],
        [.. Clusters], [.. Votes], [Facilitator, Trainee, Colleague, Observer], [.. Actions], Summary, [.. Carried], Ratings: [.. Ratings],
        Questions: [.. Questions]);

    /// <summary>A question on a note, as the board would hold it (rules Q1–Q5); <paramref name="answers"/> by the note's author.</summary>
    public Whiteboard.Core.Questions.Question AddQuestion(Note note, string text, Guid asker, params string[] answers)
    {
        var at = Start.AddMinutes(40 + Questions.Count);
        var question = new Whiteboard.Core.Questions.Question(Guid.NewGuid(), note.Id, note.StageId, text, asker, NoteAnonymity.Named, at,
            [.. answers.Select(a => new Whiteboard.Core.Questions.Answer(Guid.NewGuid(), a, note.AuthorId, NoteAnonymity.Named, at))]);
        Questions.Add(question);
        return question;
    }

    /// <summary>An action item made in the Action stage, as the board would hold it.</summary>
    public ActionItem AddAction(string what, Participant owner, Participant maker, DateOnly? due = null,
        ActionStatus status = ActionStatus.NotStarted, string progress = "")
    {
        var at = Start.AddMinutes(60 + Actions.Count);
        var item = new ActionItem(Guid.NewGuid(), "action", null, what, owner.Id, owner.Name, due, status, progress, maker.Id, at, at);
        Actions.Add(item);
        return item;
    }

    public BoardCalls Calls => new(
        envelope =>
        {
            Submitted.Add(envelope);
            return AnswerLater?.Invoke(envelope) ?? Task.FromResult(Answer?.Invoke(envelope) ?? new CommandAck(envelope.OpId, 0, null, null));
        },
        (_, afterSeq) =>
        {
            CatchUpRequests.Add(afterSeq);
            return Task.FromResult(CatchUpAnswers.TryDequeue(out var answer) ? answer : new CatchUpResult([], false));
        },
        (_, _, _, _) => Task.CompletedTask,
        Heads: () => Task.FromResult(HeadsAnswer?.Invoke() ?? [new BoardHead(BoardId, Seq, [.. Online])]));

    public BoardSession SessionFor(Participant me, TimeProvider time) => new(Snapshot, me.Id, me.Role, Online, Calls, time);

    /// <summary>A session opened from what the browser kept: not joined, with these commands still pending.</summary>
    public BoardSession KeptSessionFor(Participant me, TimeProvider time, IEnumerable<PendingCommand> pending) =>
        new(Snapshot, me.Id, me.Role, [], Calls, time, pending: pending, connected: false);

    /// <summary>The event the server makes of an accepted command, as the broadcast brings it back to its author.</summary>
    public EventEnvelope EventOf(CommandEnvelope sent, long seq, BoardEvent e, Guid actor) =>
        new(seq, sent.OpId, actor, Start.AddHours(1).AddSeconds(seq), e);

    public EventEnvelope Event(long seq, BoardEvent e, Guid? actor = null) =>
        new(seq, Guid.NewGuid(), actor ?? Trainee.Id, Start.AddHours(1).AddSeconds(seq), e);

    /// <summary>A NoteAdded in the open problem stage, visible and named.</summary>
    public static NoteAdded Added(Guid id, string text, NoteColor color = NoteColor.Yellow, double x = 0, double y = 0, string stageId = "problem") =>
        new(id, stageId, text, color, x, y, false, NoteAnonymity.Named);
}
