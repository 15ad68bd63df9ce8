using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;
using CsCheck;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Tests.Sessions;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Guards the session generator: properties over sessions that never hide a note, reveal, cluster or vote would prove little.
/// Counted over several times as many sessions as a property samples, so that the rarest outcome (a handful per property's
/// sample) is all but certain to show: the guard must not fail by chance.
/// </summary>
public class SessionGeneratorTests
{
    private const int Iterations = SessionPropertyTests.Iterations * 8;

    private static readonly Lazy<ConcurrentDictionary<string, int>> Seen = new(Count);

    private static ConcurrentDictionary<string, int> Count()
    {
        var seen = new ConcurrentDictionary<string, int>();
        void Saw(string what) => seen.AddOrUpdate(what, 1, (_, n) => n + 1);
        SessionPropertyTests.Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            foreach (var o in run.Outcomes)
            {
                Saw(o.Decision.Event?.GetType().Name ?? o.Decision.Rejection!.Code.ToString());
                switch (o.Decision.Event)
                {
                    case NoteAdded { Hidden: true }: Saw("hidden note"); break;
                    case NoteAdded { Anonymity: not NoteAnonymity.Named }: Saw("anonymous note"); break;
                    case VoteCast { Hidden: true }: Saw("hidden vote"); break;
                    case VoteCast { Hidden: false }: Saw("open vote"); break;
                    case TimerChanged { Timer.Running: true }: Saw("running timer"); break;
                    case Questions.QuestionAsked { Anonymity: not NoteAnonymity.Named }: Saw("anonymous question"); break;
                    case Questions.QuestionAnswered { Anonymity: not NoteAnonymity.Named }: Saw("anonymous answer"); break;
                }
                if (o.Before.Notes.Values.Any(n => n.Hidden) && o.Decision.Event is NotesRevealed) Saw("reveal of hidden notes");
                if (o.Before.Votes.Any(v => v.Hidden) && o.Decision.Event is VotesRevealed) Saw("reveal of hidden votes");
                if (o.Decision.Event is ItemRated { Score: not null } rated &&
                    o.Before.Ratings.Any(r => r.RaterId == o.Step.Actor && r.TargetId == rated.TargetId && r.CriterionId == rated.CriterionId))
                    Saw("score replaced");
                if (o.Decision.Event is RatingsRevealed && o.Before.Ratings.Count > 0) Saw("reveal of scores");
                if (o.Before.CurrentStage?.Status == StageStatus.Locked && o.Decision.Event is not null && o.Step.Actor == TestBoard.Facilitator)
                    Saw("facilitator changes a locked stage");
                ActionSituations(o, Saw);
            }
            Browsers.Follow(run, (o, browser, sent) =>
            {
                var byOtherFacilitator = o.Envelope!.ActorId != browser.Viewer.ParticipantId &&
                    o.Before.RoleOf(o.Envelope.ActorId) == Participants.ParticipantRole.Facilitator;
                if (browser.Viewer.IsFacilitator && byOtherFacilitator && !Equals(sent, o.Envelope))
                    Saw("facilitators' version of another facilitator's action");
                switch (sent.Event)
                {
                    case EventHidden: Saw(nameof(EventHidden)); break;
                    case NotesRevealed { Notes.Count: > 0 }: Saw("notes sent with a reveal"); break;
                    case VotesRevealed { Votes.Count: > 0 }: Saw("votes sent with a reveal"); break;
                    case RatingsRevealed { Ratings.Count: > 0 }: Saw("scores sent with a reveal"); break;
                }
            });
            if (run.Outcomes.Count(o => o.Decision.IsAccepted) >= 30) Saw("30 accepted steps");
        }, iter: Iterations);
        return seen;
    }

    /// <summary>Rules A1–A7: what the action-item and summary properties depend on.</summary>
    private static void ActionSituations(Outcome o, Action<string> saw)
    {
        var role = o.Before.RoleOf(o.Step.Actor);
        switch (o.Decision.Event)
        {
            case ActionItemCreated { FromNoteId: null }: saw("action item from scratch"); break;
            case ActionItemCreated: saw("action item from a note"); break;
            case ActionItemEdited { OwnerId: null }: saw("action item given to a name in free text"); break;
            case ActionProgressUpdated p:
                var item = o.Before.Actions[p.ActionItemId];
                if (o.Command is RecordOwnerProgress) saw("progress through an owner's link");
                else if (item.OwnerId == o.Step.Actor) saw("progress by its owner");
                else if (role == Participants.ParticipantRole.Facilitator) saw("progress by a facilitator");
                if (item.Status == ActionStatus.Done && p.Status == ActionStatus.InProgress) saw("done item reopened");
                if (o.Before.Stages.All(s => s.Status == StageStatus.Done)) saw("progress after every stage is done");
                break;
            case SummaryWritten when o.Before.Summary != "": saw("summary rewritten"); break;
        }
        if (o.Command is CreateActionItem { FromNoteId: { } from } && o.Before.Notes.TryGetValue(from, out var note) && note.Hidden &&
            o.Decision.Rejection?.Code == RejectionCode.NoteNotFound)
            saw("action item from a hidden note refused");
        if (o.Command is UpdateActionProgress u && o.Before.Actions.TryGetValue(u.ActionItemId, out var other) && other.OwnerId != o.Step.Actor &&
            role == Participants.ParticipantRole.Participant && o.Decision.Rejection?.Code == RejectionCode.NotAllowed)
            saw("progress by someone else refused");
    }

    public static TheoryData<string> EventTypes => new(
        typeof(BoardEvent).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType.Name)
            .Where(name => name is not nameof(Boards.BoardCreated)));

    public static TheoryData<string> Rejections => new(new[]
    {
        RejectionCode.NotJoined, RejectionCode.ObserverReadOnly, RejectionCode.NotAllowed, RejectionCode.AlreadyJoined,
        RejectionCode.NameEmpty, RejectionCode.MalformedMessage, RejectionCode.NoteNotFound, RejectionCode.NoteAlreadyExists,
        RejectionCode.NoteTextEmpty, RejectionCode.NoteTextTooLong, RejectionCode.TextHasControlCharacters, RejectionCode.PositionOutOfRange,
        RejectionCode.StageNotFound, RejectionCode.StageNotOpen, RejectionCode.StageLocked, RejectionCode.NoNextStage,
        RejectionCode.StageNotDone, RejectionCode.InvalidSettings, RejectionCode.HiddenNote, RejectionCode.ClusterNotFound,
        RejectionCode.ClusterAlreadyExists, RejectionCode.ClusterNeedsTwoNotes, RejectionCode.ClusterTitleTooLong,
        RejectionCode.NotInCluster, RejectionCode.VotingClosed, RejectionCode.VoteBudgetSpent, RejectionCode.VoteLimitPerTarget,
        RejectionCode.NoVoteToRetract, RejectionCode.NotActionStage, RejectionCode.ActionItemNotFound, RejectionCode.ActionItemAlreadyExists,
        RejectionCode.ActionWhatEmpty, RejectionCode.ActionWhatTooLong, RejectionCode.OwnerNotFound, RejectionCode.OwnerMissing,
        RejectionCode.DueDateOutOfRange, RejectionCode.ActionTransitionNotAllowed, RejectionCode.ProgressTooLong, RejectionCode.NotSummaryStage,
        RejectionCode.SummaryTooLong, RejectionCode.ScoreOutOfRange, RejectionCode.CriterionNotFound, RejectionCode.NoScoreToClear,
        RejectionCode.RatingsFinal, RejectionCode.RatingStarted, RejectionCode.InvalidCriteria, RejectionCode.NoRatingInStage,
        RejectionCode.NoQuestionsInStage, RejectionCode.QuestionNotFound, RejectionCode.QuestionTextEmpty,
    }.Select(code => code.ToString()));

    public static TheoryData<string> Situations => new(
        "hidden note", "anonymous note", "hidden vote", "open vote", "running timer", "reveal of hidden notes", "reveal of hidden votes",
        "facilitator changes a locked stage", "notes sent with a reveal", "votes sent with a reveal", "30 accepted steps",
        "facilitators' version of another facilitator's action",
        "action item from scratch", "action item from a note", "action item given to a name in free text", "progress through an owner's link",
        "progress by its owner", "progress by a facilitator", "done item reopened", "progress after every stage is done", "summary rewritten",
        "action item from a hidden note refused", "progress by someone else refused", "score replaced", "reveal of scores",
        "scores sent with a reveal", "anonymous question", "anonymous answer");

    [Theory]
    [MemberData(nameof(EventTypes))]
    public void Sessions_reach_every_event(string type) => AssertSeen(type);

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Sessions_reach_the_rejections(string code) => AssertSeen(code);

    [Theory]
    [MemberData(nameof(Situations))]
    public void Sessions_reach_the_situations_privacy_depends_on(string situation) => AssertSeen(situation);

    private static void AssertSeen(string what) =>
        Assert.True(Seen.Value.ContainsKey(what), $"{what} never happened in {Iterations} sessions: " +
            string.Join(", ", Seen.Value.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value}")));
}
