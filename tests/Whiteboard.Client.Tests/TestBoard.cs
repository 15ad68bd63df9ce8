using Whiteboard.Client.Boards;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Tests;

/// <summary>A board as a join returns it, and the envelopes that follow, made the way the server makes them.</summary>
public sealed class TestBoard
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public Guid BoardId { get; } = Guid.NewGuid();
    public Participant Facilitator { get; } = new(Guid.NewGuid(), "王老师", ParticipantRole.Facilitator, ParticipantLocation.InRoom, Start);
    public Participant Trainee { get; } = new(Guid.NewGuid(), "李明", ParticipantRole.Participant, ParticipantLocation.Remote, Start.AddMinutes(1));
    public List<Note> Notes { get; } = [];
    public long Seq { get; set; } = 3;
    public List<Guid> Online { get; } = [];
    public List<long> CatchUpRequests { get; } = [];
    public List<CommandEnvelope> Submitted { get; } = [];
    public Queue<CatchUpResult> CatchUpAnswers { get; } = new();
    public Func<CommandEnvelope, CommandAck>? Answer { get; set; }

    public Note AddNote(string text, NoteColor color = NoteColor.Yellow, double x = 100, double y = 80, Guid? author = null)
    {
        var note = new Note(Guid.NewGuid(), text, color, x, y, author ?? Trainee.Id, Start.AddMinutes(Notes.Count), Start.AddMinutes(Notes.Count));
        Notes.Add(note);
        return note;
    }

    public JoinResult JoinedAs(Participant me) => new(null, null, me.Id, "token", me.Role,
        new BoardSnapshot(BoardId, Seq, "第一组 · 提出问题", BoardLanguage.ZhCn, [.. Notes], [Facilitator, Trainee]), [.. Online]);

    public BoardCalls Calls => new(
        envelope =>
        {
            Submitted.Add(envelope);
            return Task.FromResult(Answer?.Invoke(envelope) ?? new CommandAck(envelope.OpId, 0, null, null));
        },
        (_, afterSeq) =>
        {
            CatchUpRequests.Add(afterSeq);
            return Task.FromResult(CatchUpAnswers.TryDequeue(out var answer) ? answer : new CatchUpResult([], false));
        },
        (_, _, _, _) => Task.CompletedTask);

    public BoardSession SessionFor(Participant me, TimeProvider time) => new(JoinedAs(me), Calls, time);

    public EventEnvelope Event(long seq, BoardEvent e, Guid? actor = null) =>
        new(seq, Guid.NewGuid(), actor ?? Trainee.Id, Start.AddHours(1).AddSeconds(seq), e);
}
