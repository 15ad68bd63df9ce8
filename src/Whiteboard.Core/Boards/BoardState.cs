using System.Collections.Immutable;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Clusters;
using Whiteboard.Core.Notes;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Core.Boards;

/// <summary>
/// A group board (小组白板) as the events up to <see cref="Seq"/> made it: the server's full state, or a viewer's projection
/// of it (<see cref="Privacy.Visibility"/>). Immutable: <see cref="Board.Apply"/> returns a new one.
/// </summary>
public sealed record BoardState(
    Guid BoardId,
    long Seq,
    string Title,
    BoardLanguage Language,
    Guid WorkshopId,
    int GroupNumber,
    ImmutableList<Stage> Stages,
    ImmutableDictionary<Guid, Note> Notes,
    ImmutableDictionary<Guid, Cluster> Clusters,
    ImmutableList<Vote> Votes,
    ImmutableDictionary<Guid, Participant> Participants)
{
    public static BoardState Empty(Guid boardId) => new(
        boardId, 0, "", BoardLanguage.ZhCn, Guid.Empty, 0, [],
        ImmutableDictionary<Guid, Note>.Empty, ImmutableDictionary<Guid, Cluster>.Empty, [],
        ImmutableDictionary<Guid, Participant>.Empty);

    /// <summary>The action items made in the Action stage (rules A1–A6), visible to everyone on the board.</summary>
    public ImmutableDictionary<Guid, ActionItem> Actions { get; init; } = ImmutableDictionary<Guid, ActionItem>.Empty;

    /// <summary>Every score on the board's notes and clusters (rules R2–R4), as this view may see them.</summary>
    public ImmutableList<Rating> Ratings { get; init; } = [];

    /// <summary>Questions asked on notes, each with its answers (rules Q1–Q5).</summary>
    public ImmutableDictionary<Guid, Question> Questions { get; init; } = ImmutableDictionary<Guid, Question>.Empty;

    /// <summary>The summary written in the Summary stage (rule A7).</summary>
    public string Summary { get; init; } = "";

    /// <summary>Open action items of an earlier workshop, to reflect on (read-only).</summary>
    public ImmutableList<CarriedAction> Carried { get; init; } = [];

    /// <summary>
    /// Recently deleted notes, by id (rule N10): each author's latest, so that a delete can be undone and a facilitator can
    /// restore what was deleted. Their ids stay taken (B6).
    /// </summary>
    public ImmutableDictionary<Guid, DeletedNote> Deleted { get; init; } = ImmutableDictionary<Guid, DeletedNote>.Empty;

    /// <summary>A board exists once its first event (BoardCreated) is applied.</summary>
    public bool Exists => Seq > 0;

    /// <summary>The stage that is open or locked, if any (rule ST1: at most one).</summary>
    public Stage? CurrentStage => Stages.FirstOrDefault(s => s.IsCurrent);

    public Stage? StageById(string stageId) => Stages.FirstOrDefault(s => s.Id == stageId);

    /// <summary>Rule Z2: the zone of its step's canvas a note lies in, decided by where it is placed; null outside every zone.</summary>
    public string? ZoneOf(Note note) => StageById(note.StageId)?.Canvas.ZoneAt(note.X, note.Y);

    /// <summary>The role of an active participant; null for strangers and for those moved to another group.</summary>
    public ParticipantRole? RoleOf(Guid participantId) =>
        Participants.TryGetValue(participantId, out var p) && p.Active ? p.Role : null;

    /// <summary>
    /// Whether someone is on this board now: an active participant, facilitator or observer. Someone moved to another group,
    /// removed (P6) or signed out no longer sees or changes it, whatever their connection still holds.
    /// </summary>
    public bool IsMember(Guid participantId) => RoleOf(participantId) is not null;

    /// <summary>Notes in the order they were added, oldest first (the order they are drawn in).</summary>
    public IEnumerable<Note> NotesInOrder() => Notes.Values.OrderBy(n => n.CreatedAt).ThenBy(n => n.Id);

    public IEnumerable<Note> NotesOf(string stageId) => NotesInOrder().Where(n => n.StageId == stageId);

    /// <summary>
    /// Rule B6: ids are unique across notes, clusters, action items, questions and answers, so that a vote's or a report's
    /// target is never two things at once. Counts hidden notes and kept deleted ones too (N10): the server decides on the
    /// whole board.
    /// </summary>
    public bool HoldsId(Guid id) => Notes.ContainsKey(id) || Deleted.ContainsKey(id) || Clusters.ContainsKey(id) || Actions.ContainsKey(id)
        || Questions.ContainsKey(id) || Questions.Values.Any(q => q.Answers.Any(a => a.Id == id));

    public IEnumerable<Note> MembersOf(Guid clusterId) => NotesInOrder().Where(n => n.ClusterId == clusterId);

    internal BoardState WithStage(string stageId, Func<Stage, Stage> change) =>
        this with { Stages = Stages.Select(s => s.Id == stageId ? change(s) : s).ToImmutableList() };
}
