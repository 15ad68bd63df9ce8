using Whiteboard.Core.ActionItems;
using System.Collections.Immutable;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Workshops;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Voting;
using Whiteboard.Core.Workshops;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Workshops;

/// <summary>
/// A workshop of several groups as a facilitator's (or observer's) join returns it — one snapshot per group, built from the
/// template — and the hub calls its session makes, recorded.
/// </summary>
public sealed class TestWorkshop
{
    public const string Code = "K7M2QX";
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public TestWorkshop(int groups = 2, WorkshopTemplate template = WorkshopTemplate.ActionLearning, string title = "处级干部进修班")
    {
        Title = title;
        Template = template;
        Groups = [.. Enumerable.Range(1, groups).Select(n => new Group(n, Templates.StagesOf(template).Select(Stage.From).ToList()))];
    }

    public string Title { get; }
    public WorkshopTemplate Template { get; }
    public Guid WorkshopId { get; } = Guid.NewGuid();
    public List<Group> Groups { get; }
    public BoardLanguage Language { get; set; } = BoardLanguage.ZhCn;
    public DateTimeOffset ServerTime { get; set; } = Start.AddHours(1);
    public Participant Facilitator { get; } = new(Guid.NewGuid(), "王老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom, Start);
    public Participant Observer { get; } = new(Guid.NewGuid(), "组织部", ParticipantRole.Observer, ParticipantLocation.Remote, Start);
    public List<Guid> Online { get; } = [];

    public List<CommandEnvelope> Submitted { get; } = [];
    public List<WorkshopCommandEnvelope> SubmittedToAll { get; } = [];
    public List<MoveParticipantRequest> Moves { get; } = [];
    public Func<WorkshopCommandEnvelope, IReadOnlyList<BoardAck>>? AnswerToAll { get; set; }
    public Func<MoveParticipantRequest, CommandAck>? AnswerMove { get; set; }
    public List<RemoveParticipantRequest> Removals { get; } = [];
    public Func<RemoveParticipantRequest, CommandAck>? AnswerRemove { get; set; }

    public Group this[int number] => Groups[number - 1];

    /// <summary>A trainee who joined group <paramref name="number"/>.</summary>
    public Participant Join(int number, string name, ParticipantLocation location = ParticipantLocation.InRoom, bool online = true)
    {
        var person = new Participant(Guid.NewGuid(), name, ParticipantRole.Participant, location, Start.AddMinutes(this[number].People.Count + 1));
        this[number].People.Add(person);
        if (online) Online.Add(person.Id);
        return person;
    }

    /// <summary>Opens a stage in every group (or one), as StageAdvanced would have.</summary>
    public void Open(string stageId, int? only = null)
    {
        foreach (var group in Groups.Where(g => only is null || g.Number == only))
            group.SetStage(stageId, s => s with { Status = StageStatus.Open, OpenedAt = Start });
    }

    public JoinResult JoinedAs(Participant me) => new(null, null, me.Id, "token", me.Role,
        new WorkshopInfo(WorkshopId, Code, Title, Language, Template, [.. Groups.Select(g => new GroupInfo(g.BoardId, g.Number))]),
        [.. Groups.Select(g => g.Snapshot(this))], [.. Online.Append(me.Id)], ServerTime);

    public BoardCalls Calls => new(
        envelope =>
        {
            Submitted.Add(envelope);
            return Task.FromResult(new CommandAck(envelope.OpId, 0, null, null));
        },
        (_, _) => Task.FromResult(new CatchUpResult([], false)),
        (_, _, _, _) => Task.CompletedTask,
        envelope =>
        {
            SubmittedToAll.Add(envelope);
            return Task.FromResult(AnswerToAll?.Invoke(envelope)
                ?? (IReadOnlyList<BoardAck>)[.. Groups.Select(g => new BoardAck(g.BoardId, new CommandAck(envelope.OpId, 0, null, null)))]);
        },
        request =>
        {
            Moves.Add(request);
            return Task.FromResult(AnswerMove?.Invoke(request) ?? new CommandAck(request.OpId, 0, null, null));
        },
        RemoveParticipant: request =>
        {
            Removals.Add(request);
            return Task.FromResult(AnswerRemove?.Invoke(request) ?? new CommandAck(request.OpId, 0, null, null));
        });

    public WorkshopSession SessionFor(Participant me, TimeProvider time) => new(JoinedAs(me), Calls, time);

    public EventEnvelope Event(long seq, BoardEvent e, Guid? actor = null) => new(seq, Guid.NewGuid(), actor ?? Guid.Empty, ServerTime, e);

    public sealed class Group(int number, List<Stage> stages)
    {
        public int Number { get; } = number;
        public Guid BoardId { get; } = Guid.NewGuid();
        public List<Stage> Stages { get; } = stages;
        public List<Participant> People { get; } = [];
        public List<Note> Notes { get; } = [];
        public List<Vote> Votes { get; } = [];
        public List<ActionItem> Actions { get; } = [];
        public string Summary { get; set; } = "";
        public long Seq { get; set; } = 5;

        public Note AddNote(string text, string stageId = "problem", double x = 100, double y = 80, bool hidden = false, NoteColor color = NoteColor.Yellow)
        {
            var at = Start.AddMinutes(10 + Notes.Count);
            var note = new Note(Guid.NewGuid(), stageId, text, color, x, y, People.FirstOrDefault()?.Id ?? Guid.Empty, null, hidden,
                NoteAnonymity.Named, at, at);
            Notes.Add(note);
            return note;
        }

        /// <summary>An action item agreed in the Action stage, for someone named in free text.</summary>
        public ActionItem AddAction(string what, string owner, DateOnly? due = null)
        {
            var at = Start.AddMinutes(40 + Actions.Count);
            var item = new ActionItem(Guid.NewGuid(), "action", null, what, null, owner, due, ActionStatus.NotStarted, "",
                People.FirstOrDefault()?.Id ?? Guid.Empty, at, at);
            Actions.Add(item);
            return item;
        }

        public void SetStage(string stageId, Func<Stage, Stage> change)
        {
            var index = Stages.FindIndex(s => s.Id == stageId);
            Stages[index] = change(Stages[index]);
        }

        public void MarkDone(string stageId, params Participant[] people) =>
            SetStage(stageId, s => s with { Done = s.Done.Union(people.Select(p => p.Id)) });

        public BoardSnapshot Snapshot(TestWorkshop workshop) => new(BoardId, Seq, workshop.Title, workshop.Language, workshop.WorkshopId,
            Number, [.. Stages], [.. Notes], [], [.. Votes], [workshop.Facilitator, workshop.Observer, .. People],
            [.. Actions], Summary);
    }
}
