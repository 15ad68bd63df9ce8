using System.Globalization;
using CsCheck;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Tests.Sessions;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Rules A1–A8 over the random sessions of <see cref="SessionPropertyTests"/> (a third of them go on to the Action stage,
/// the summary and past the end): every change to an action item or the summary is one the rules allow, checked here
/// independently of ActionItemRules, and progress from its owner or a facilitator is never refused for the stage.
/// </summary>
public class ActionItemSessionTests
{
    /// <summary>Rule A5, independently of ActionStatusMoves.MayMove: a done item only goes back to in progress.</summary>
    private static bool MayMove(ActionStatus from, ActionStatus to) =>
        from != ActionStatus.Done || to is ActionStatus.Done or ActionStatus.InProgress;

    private static bool Editable(BoardState state, string stageId, ParticipantRole? role) =>
        state.StageById(stageId) is { Status: var status } && (status == StageStatus.Open || (status == StageStatus.Locked && role == ParticipantRole.Facilitator));

    private static int Length(string text) => new StringInfo(text).LengthInTextElements;

    [Fact]
    public void Action_items_and_the_summary_change_only_as_rules_A1_to_A8_allow()
    {
        SessionPropertyTests.Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            foreach (var o in run.Outcomes)
            {
                var actor = o.Step.Actor;
                var role = o.Before.RoleOf(actor);
                var today = DateOnly.FromDateTime(o.Now.UtcDateTime);
                if (o.Decision.Event is ActionItemCreated or ActionItemEdited or ActionItemDeleted or SummaryWritten ||
                    o.Command is UpdateActionProgress && o.Decision.IsAccepted)
                    Assert.True(role is ParticipantRole.Participant or ParticipantRole.Facilitator, $"{o}: P3"); // observers change nothing
                switch (o.Decision.Event)
                {
                    case ActionItemCreated c:
                        // A1: in the current Action stage, from scratch or from a note the room can see; a new id
                        Assert.True(o.Before.CurrentStage is { Kind: StageKind.Action } stage && stage.Id == c.StageId, $"{o}: A1");
                        Assert.True(Editable(o.Before, c.StageId, role), $"{o}: ST5");
                        Assert.False(o.Before.Actions.ContainsKey(c.ActionItemId), $"{o}: A1 id in use");
                        Assert.True(c.FromNoteId is not { } from || (o.Before.Notes.TryGetValue(from, out var note) && !note.Hidden), $"{o}: A1 note");
                        // A2
                        CheckDetails(o, c.What, c.OwnerId, c.OwnerName, c.Due, today);
                        // H3: made from an anonymous note, the maker is kept from others
                        var fromAnonymous = c.FromNoteId is { } source && o.Before.Notes[source].Anonymity != NoteAnonymity.Named;
                        Assert.Equal(fromAnonymous, c.MakerHidden);
                        Assert.Equal(new ActionItem(c.ActionItemId, c.StageId, c.FromNoteId, c.What, c.OwnerId, c.OwnerName, c.Due,
                            ActionStatus.NotStarted, "", actor, o.Now, o.Now) { MakerHidden = fromAnonymous }, o.After.Actions[c.ActionItemId]);
                        break;
                    case ActionItemEdited e:
                        // A3: by its maker, its owner or a facilitator, while its stage may be changed
                        var edited = o.Before.Actions[e.ActionItemId];
                        Assert.True(edited.CreatedBy == actor || edited.OwnerId == actor || role == ParticipantRole.Facilitator, $"{o}: A3");
                        Assert.True(Editable(o.Before, edited.StageId, role), $"{o}: A3 stage");
                        CheckDetails(o, e.What, e.OwnerId, e.OwnerName, e.Due, today);
                        Assert.Equal(edited with { What = e.What, OwnerId = e.OwnerId, OwnerName = e.OwnerName, Due = e.Due, UpdatedAt = o.Now },
                            o.After.Actions[e.ActionItemId]);
                        break;
                    case ActionItemDeleted d:
                        // A3: by its maker or a facilitator (not its owner), while its stage may be changed
                        var deleted = o.Before.Actions[d.ActionItemId];
                        Assert.True(deleted.CreatedBy == actor || role == ParticipantRole.Facilitator, $"{o}: A3");
                        Assert.True(Editable(o.Before, deleted.StageId, role), $"{o}: A3 stage");
                        Assert.False(o.After.Actions.ContainsKey(d.ActionItemId));
                        break;
                    case ActionProgressUpdated p:
                        // A4: its owner (on the board, or through their link) or a facilitator, at any time; A5
                        var item = o.Before.Actions[p.ActionItemId];
                        Assert.True(o.Command is RecordOwnerProgress || item.OwnerId == actor || role == ParticipantRole.Facilitator, $"{o}: A4");
                        Assert.True(MayMove(item.Status, p.Status), $"{o}: A5 {item.Status} → {p.Status}");
                        Assert.True(Length(p.Progress) <= BoardLimits.MaxProgressLength, $"{o}: A4 progress");
                        Assert.Equal(item with { Status = p.Status, Progress = p.Progress, UpdatedAt = o.Now }, o.After.Actions[p.ActionItemId]);
                        break;
                    case SummaryWritten s:
                        // A7: in the current Summary stage; replaces the summary
                        Assert.True(o.Before.CurrentStage is { Kind: StageKind.Summary } summary && Editable(o.Before, summary.Id, role), $"{o}: A7");
                        Assert.True(Length(s.Text) <= BoardLimits.MaxSummaryLength, $"{o}: A7 length");
                        Assert.Equal(s.Text, o.After.Summary);
                        break;
                    default:
                        // Nothing else changes action items or the summary
                        Assert.Same(o.Before.Actions, o.After.Actions);
                        Assert.Equal(o.Before.Summary, o.After.Summary);
                        break;
                }
                Assert.Equal(SessionRun.Carried, o.After.Carried); // A8: read-only copies, as they stood
                CheckProgressIsNeverRefusedForTheStage(o);
            }
        }, iter: SessionPropertyTests.Iterations);
    }

    /// <summary>A2: what 1–200 characters; one owner, a participant of the board (named as they are) or a name; a plausible due date.</summary>
    private static void CheckDetails(Outcome o, string what, Guid? ownerId, string ownerName, DateOnly? due, DateOnly today)
    {
        Assert.InRange(Length(what), 1, BoardLimits.MaxActionWhatLength);
        Assert.DoesNotContain('\n', what);
        if (ownerId is { } id) Assert.Equal(o.Before.Participants[id].Name, ownerName);
        else Assert.InRange(Length(ownerName), 1, BoardLimits.MaxDisplayNameLength);
        if (due is { } d) Assert.InRange(d, today.AddYears(-1), today.AddYears(5));
    }

    /// <summary>
    /// A4: progress from an item's owner (an active participant) or a facilitator, or through the owner's link, with a move
    /// A5 allows and a progress note the rules accept, is accepted whatever the stages are — also after every stage is done.
    /// </summary>
    private static void CheckProgressIsNeverRefusedForTheStage(Outcome o)
    {
        var (id, status, progress) = o.Command switch
        {
            UpdateActionProgress u => (u.ActionItemId, u.Status, u.Progress),
            RecordOwnerProgress r => (r.ActionItemId, r.Status, r.Progress),
            _ => (Guid.Empty, default, ""),
        };
        if (!o.Before.Actions.TryGetValue(id, out var item) || !Enum.IsDefined(status) || !MayMove(item.Status, status)) return;
        if (UserText.Clean(progress, BoardLimits.MaxProgressLength, multiline: true).Problem is not (UserText.Problem.None or UserText.Problem.Empty)) return;
        var role = o.Before.RoleOf(o.Step.Actor);
        var mayReport = o.Command is RecordOwnerProgress || (item.OwnerId == o.Step.Actor && role == ParticipantRole.Participant) ||
            role == ParticipantRole.Facilitator;
        if (mayReport) Assert.True(o.Decision.IsAccepted, $"{o}: A4 progress refused");
    }
}
