using Whiteboard.Core.ActionItems;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Tests.Sessions;

namespace Whiteboard.Core.Tests;

/// <summary>
/// Random sessions on an action-learning board (a facilitator and an assistant facilitator, three participants, an observer,
/// a stranger, and a latecomer who may join midway), mixing every command — stage moves, settings with random privacy, anonymity and hidden-vote flags,
/// reveals, timers, clusters, votes — with valid and invalid ids (<see cref="SessionGenerator"/>), run as the server runs them.
/// </summary>
public partial class SessionPropertyTests
{
    internal const int Iterations = 600;
    internal const int MaxSteps = 120;

    internal static readonly Gen<Session> Sessions = SessionGenerator.Sessions(MaxSteps);

    /// <summary>The marker that makes a generated note's text unique (<see cref="SessionGenerator.Text"/>).</summary>
    [GeneratedRegex("#[0-9a-f]{12}")]
    private static partial Regex Marker();

    /// <summary>A marker or an id (as WireJson writes them: lower-case) in JSON a browser received.</summary>
    [GeneratedRegex("#[0-9a-f]{12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex IdOrMarker();

    /// <summary>Rule H1, independently of <see cref="Visibility"/>: who may see a note.</summary>
    private static bool MaySee(Note note, Viewer viewer) =>
        !note.Hidden || note.AuthorId == viewer.ParticipantId || viewer.IsFacilitator;

    /// <summary>Rule H3, independently of <see cref="Visibility"/>: who may know a note's author.</summary>
    private static bool MayKnowAuthor(Note note, Viewer viewer) =>
        note.Anonymity == NoteAnonymity.Named || note.AuthorId == viewer.ParticipantId ||
        (viewer.IsFacilitator && note.Anonymity == NoteAnonymity.HiddenFromParticipants);

    private static bool MayKnowAuthor(string? anonymity, Guid author, Viewer viewer) =>
        anonymity == nameof(NoteAnonymity.Named) || author == viewer.ParticipantId || author == Guid.Empty ||
        (viewer.IsFacilitator && anonymity == nameof(NoteAnonymity.HiddenFromParticipants));

    /// <summary>
    /// (a) Rule V2. Exactly: for every accepted VoteCast, right after it the voter has at most the stage's budget of votes in
    /// that stage and at most its maximum per note on that target, budget and maximum as they were when the vote was cast.
    /// As every vote in the state was cast so, and votes only leave afterwards, the server state also satisfies, after every
    /// step and for every voter: votes in a stage ≤ the largest budget that stage has had, votes on a target ≤ the largest
    /// maximum per note — and ≤ the current budget and maximum for a stage whose budget or maximum was never lowered.
    /// </summary>
    [Fact]
    public void Vote_budgets_and_per_target_maxima_are_never_exceeded()
    {
        Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            var largestBudget = run.Initial.Stages.ToDictionary(s => s.Id, s => s.Settings.VoteBudget);
            var largestMax = run.Initial.Stages.ToDictionary(s => s.Id, s => s.Settings.MaxVotesPerNote);
            var budgetLowered = new HashSet<string>();
            var maxLowered = new HashSet<string>();
            foreach (var o in run.Outcomes)
            {
                if (o.Decision.Event is VoteCast cast)
                {
                    var settings = o.Before.StageById(cast.StageId)!.Settings;
                    var mine = o.After.Votes.Where(v => v.VoterId == o.Step.Actor && v.StageId == cast.StageId).ToList();
                    Assert.True(mine.Count <= settings.VoteBudget, $"{o}: {mine.Count} votes, budget {settings.VoteBudget}");
                    var onTarget = mine.Count(v => v.TargetId == cast.TargetId);
                    Assert.True(onTarget <= settings.MaxVotesPerNote, $"{o}: {onTarget} on one target, max {settings.MaxVotesPerNote}");
                }
                foreach (var after in o.After.Stages)
                {
                    // F5: a revision may add steps, or give one that never ran other settings.
                    var before = o.Before.StageById(after.Id) ?? after;
                    if (after.Settings.VoteBudget < before.Settings.VoteBudget) budgetLowered.Add(after.Id);
                    if (after.Settings.MaxVotesPerNote < before.Settings.MaxVotesPerNote) maxLowered.Add(after.Id);
                    largestBudget[after.Id] = Math.Max(largestBudget.GetValueOrDefault(after.Id), after.Settings.VoteBudget);
                    largestMax[after.Id] = Math.Max(largestMax.GetValueOrDefault(after.Id), after.Settings.MaxVotesPerNote);
                }
                foreach (var group in o.After.Votes.GroupBy(v => (v.VoterId, v.StageId)))
                {
                    var settings = o.After.StageById(group.Key.StageId)!.Settings;
                    Assert.True(group.Count() <= largestBudget[group.Key.StageId], $"{o}: {group.Count()} votes in {group.Key}");
                    if (!budgetLowered.Contains(group.Key.StageId))
                        Assert.True(group.Count() <= settings.VoteBudget, $"{o}: {group.Count()} votes in {group.Key}, budget {settings.VoteBudget}");
                    foreach (var onTarget in group.GroupBy(v => v.TargetId))
                    {
                        Assert.True(onTarget.Count() <= largestMax[group.Key.StageId], $"{o}: {onTarget.Count()} on {onTarget.Key}");
                        if (!maxLowered.Contains(group.Key.StageId))
                            Assert.True(onTarget.Count() <= settings.MaxVotesPerNote, $"{o}: {onTarget.Count()} on {onTarget.Key}");
                    }
                }
            }
        }, iter: Iterations);
    }

    /// <summary>Rules V1, V5, H4, C1: every vote is a joined person's dot on a visible note or a cluster of its own stage, still there.</summary>
    [Fact]
    public void Every_vote_is_on_a_visible_note_or_a_cluster_of_its_stage()
    {
        Sessions.Sample(session =>
        {
            foreach (var o in SessionRun.Of(session).Outcomes)
                foreach (var vote in o.After.Votes)
                {
                    var onNote = o.After.Notes.TryGetValue(vote.TargetId, out var note) && !note.Hidden && note.StageId == vote.StageId;
                    var onCluster = o.After.Clusters.TryGetValue(vote.TargetId, out var cluster) && cluster.StageId == vote.StageId;
                    Assert.True(onNote || onCluster, $"{o}: {vote}");
                    Assert.NotEqual(ParticipantRole.Observer, o.After.Participants[vote.VoterId].Role);
                }
        }, iter: Iterations);
    }

    /// <summary>
    /// Rules R1–R3: every score is 1–5, on a criterion of its stage, by a joined person who is not an observer, on a visible
    /// note or a cluster of that stage still there; one per person, criterion and item, and one sheet per person and item.
    /// </summary>
    [Fact]
    public void Every_score_is_one_per_person_criterion_and_item_in_range_on_a_rated_thing()
    {
        Sessions.Sample(session =>
        {
            foreach (var o in SessionRun.Of(session).Outcomes)
            {
                var ratings = o.After.Ratings;
                foreach (var r in ratings)
                {
                    Assert.InRange(r.Score, RatingCriterion.MinScore, RatingCriterion.MaxScore);
                    Assert.Contains(r.CriterionId, o.After.StageById(r.StageId)!.Criteria!.Select(c => c.Id));
                    var onNote = o.After.Notes.TryGetValue(r.TargetId, out var note) && !note.Hidden && note.StageId == r.StageId;
                    var onCluster = o.After.Clusters.TryGetValue(r.TargetId, out var cluster) && cluster.StageId == r.StageId;
                    Assert.True(onNote || onCluster, $"{o}: {r}");
                    Assert.NotEqual(ParticipantRole.Observer, o.After.Participants[r.RaterId].Role);
                }
                Assert.Equal(ratings.Count, ratings.DistinctBy(r => (r.RaterId, r.TargetId, r.CriterionId)).Count());
                Assert.All(ratings.GroupBy(r => (r.RaterId, r.TargetId)), sheet => Assert.Single(sheet.Select(r => r.SheetId).Distinct()));
                Assert.Equal(ratings.Select(r => r.SheetId).Distinct().Count(), ratings.DistinctBy(r => (r.RaterId, r.TargetId)).Count());
            }
        }, iter: Iterations);
    }

    /// <summary>
    /// (b) Projection consistency: every browser — each participant, the facilitator, the observer, and the latecomer from
    /// their join — starts from <see cref="Visibility.Snapshot"/> of the board for its viewer and applies each event as the hub
    /// sends it to that browser (its own version when it acted, the facilitators' version to facilitators, the participants'
    /// version to everyone else). After every step its state equals the snapshot of the server's state for that viewer
    /// (votes as a multiset). So does a browser that receives the same events through catch-up (each projected for it).
    /// </summary>
    [Fact]
    public void Every_browser_holds_exactly_its_projection_of_the_server_state()
    {
        Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            Browsers.Follow(run, (o, browser, _) =>
            {
                var expected = Visibility.Snapshot(o.After, browser.Viewer);
                BoardStates.AssertSame(expected, browser.Live, $"{browser} after {o}");
                BoardStates.AssertSame(expected, browser.CaughtUp, $"{browser} (catching up) after {o}");
            });
        }, iter: Iterations);
    }

    /// <summary>
    /// (c) Hidden content is never sent. For every browser, after every step, in its state, in the snapshot it would join
    /// with now, and in everything it was sent:
    /// no note it may not see (hidden, not its own, and it is no facilitator); no author of an anonymous note it may not know;
    /// no voter but itself; note events on notes it may not see only as content-free placeholders; hidden votes of others only
    /// as placeholders. And in the JSON it received, the marker of any text a note had while hidden from it, and the id of any
    /// note hidden from it, never occur unless it later saw them legitimately (after a reveal).
    /// </summary>
    [Fact]
    public void No_browser_ever_receives_what_it_may_not_see()
    {
        Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            var markers = new Dictionary<string, string[]>();
            string[] MarkersOf(string text) =>
                markers.TryGetValue(text, out var found) ? found : markers[text] = [.. Marker().Matches(text).Select(m => m.Value)];
            var secret = new Dictionary<Browser, (HashSet<Guid> HiddenIds, HashSet<Guid> SeenIds, HashSet<string> Hidden, HashSet<string> Seen)>();
            var browsers = Browsers.Follow(run, json: true, check: (o, browser, sent) =>
            {
                var viewer = browser.Viewer;
                CheckState(o, browser.Live, viewer);
                CheckState(o, browser.CaughtUp, viewer);
                CheckState(o, Visibility.Snapshot(o.After, viewer), viewer); // what it would be sent if it joined now
                CheckSent(o, viewer, sent);
                if (!secret.TryGetValue(browser, out var known)) secret[browser] = known = ([], [], [], []);
                // Rule N10: kept (deleted) notes are notes too — hidden from the same people, seen by the same people.
                foreach (var note in o.After.Notes.Values.Concat(o.After.Deleted.Values.Select(d => d.Note)).Where(n => !MaySee(n, viewer)))
                {
                    known.HiddenIds.Add(note.Id);
                    known.Hidden.UnionWith(MarkersOf(note.Text));
                }
                foreach (var note in browser.Live.Notes.Values.Concat(browser.Live.Deleted.Values.Select(d => d.Note)))
                {
                    known.SeenIds.Add(note.Id);
                    known.Seen.UnionWith(MarkersOf(note.Text));
                }
            });
            foreach (var browser in browsers)
            {
                foreach (var json in browser.ReceivedJson.Distinct().Where(j => j.Contains("\"voterId\"", StringComparison.Ordinal) ||
                             j.Contains("\"raterId\"", StringComparison.Ordinal) || j.Contains("\"authorId\"", StringComparison.Ordinal) ||
                             j.Contains("\"askerId\"", StringComparison.Ordinal)))
                    CheckJson(JsonNode.Parse(json)!, browser.Viewer, json);
                if (!secret.TryGetValue(browser, out var known)) continue;
                var received = browser.ReceivedJson.Distinct().SelectMany(j => IdOrMarker().Matches(j).Select(m => m.Value))
                    .ToHashSet(StringComparer.Ordinal);
                var hidden = known.HiddenIds.Except(known.SeenIds).Select(id => id.ToString()).Concat(known.Hidden.Except(known.Seen));
                foreach (var text in hidden)
                    Assert.False(received.Contains(text), $"{browser} received hidden {text}");
            }
        }, iter: Iterations);
    }

    /// <summary>(d) Rule B4: replaying the stored events — as stored, in JSON — from the empty board gives the live state.</summary>
    [Fact]
    public void Replaying_the_stored_events_gives_the_live_state()
    {
        Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            var stored = JsonSerializer.Serialize(run.Events, WireJson.Options);
            var read = JsonSerializer.Deserialize<List<EventEnvelope>>(stored, WireJson.Options)!;

            BoardStates.AssertSame(run.Final, Board.Replay(BoardId, run.Events), "replayed");
            BoardStates.AssertSame(run.Final, Board.Replay(BoardId, read), "replayed from JSON");
            Assert.Equal(stored, JsonSerializer.Serialize(read, WireJson.Options));
            Assert.Equal(SnapshotJson(run.Final), SnapshotJson(Board.Replay(BoardId, read)));
        }, iter: Iterations);
    }

    /// <summary>
    /// Rule B4, H1–H4: a browser that joins at any point starts from its snapshot as sent (JSON) and catches up with the
    /// events after it, each projected for it; it ends with its projection of the server's state.
    /// </summary>
    [Fact]
    public void Browser_joining_midway_converges_on_its_projection()
    {
        Gen.Select(Sessions, Gen.Int[0, 200], Gen.OneOf(People.AtStart.Select(p => new Viewer(p.Id, p.Role)).ToArray())).Sample((session, cut, viewer) =>
        {
            var run = SessionRun.Of(session);
            var at = Math.Min(cut, run.Events.Count);
            var state = Board.Replay(BoardId, run.Events.Take(at));
            var json = JsonSerializer.Serialize(BoardSnapshot.Of(Visibility.Snapshot(state, viewer)), WireJson.Options);
            var browser = JsonSerializer.Deserialize<BoardSnapshot>(json, WireJson.Options)!.ToState();

            foreach (var e in run.Events.Skip(at))
            {
                var sent = JsonSerializer.Deserialize<EventEnvelope>(
                    JsonSerializer.Serialize(Visibility.Project(state, e, viewer), WireJson.Options), WireJson.Options)!;
                browser = Board.Apply(browser, sent);
                state = Board.Apply(state, e);
            }

            BoardStates.AssertSame(Visibility.Snapshot(run.Final, viewer), browser, $"{People.Name(viewer.ParticipantId)} joined at {at}");
        }, iter: Iterations);
    }

    /// <summary>Rules B2, ST1, C1–C4: after every step one decision was made, a rejection changed nothing, and the board is coherent.</summary>
    [Fact]
    public void Server_state_stays_coherent()
    {
        Sessions.Sample(session =>
        {
            var run = SessionRun.Of(session);
            Assert.Equal(Enumerable.Range(1, run.Events.Count).Select(i => (long)i), run.Events.Select(e => e.Seq));
            foreach (var o in run.Outcomes)
            {
                Assert.True(o.Decision.Event is null != o.Decision.Rejection is null, $"{o}");
                if (o.Decision.Rejection is not null) Assert.Same(o.Before, o.After);
                else Assert.Equal(o.Before.Seq + 1, o.After.Seq);
                var again = Board.Decide(o.Before, o.Command, new CommandContext(o.Step.Actor, o.Now));
                Assert.Equal(Json(o.Decision), Json(again)); // pure

                var state = o.After;
                Assert.True(state.Stages.Count(s => s.IsCurrent) <= 1, $"{o}: two current stages");
                foreach (var cluster in state.Clusters.Values)
                {
                    var members = state.MembersOf(cluster.Id).ToList();
                    Assert.True(members.Count > 0, $"{o}: empty cluster {cluster.Id}");
                    Assert.All(members, n => Assert.Equal((cluster.StageId, false), (n.StageId, n.Hidden)));
                }
                Assert.All(state.Notes.Values, n => Assert.True(n.ClusterId is null || state.Clusters.ContainsKey(n.ClusterId.Value), $"{o}: {n}"));
                Assert.All(state.Notes.Values, n => Assert.NotNull(state.StageById(n.StageId)));
                // Q1, Q5: every thread is on a revealed note of its own stage, still there
                Assert.All(state.Questions.Values, q => Assert.True(
                    state.Notes.TryGetValue(q.NoteId, out var n) && !n.Hidden && n.StageId == q.StageId, $"{o}: {q}"));
            }
        }, iter: Iterations);
    }

    /// <summary>The state a browser holds: nothing it may not see, no author it may not know, no voter or rater but itself.</summary>
    private static void CheckState(Outcome o, BoardState seen, Viewer viewer)
    {
        foreach (var note in seen.Notes.Values)
        {
            if (!o.After.Notes.TryGetValue(note.Id, out var real)) Assert.Fail($"{viewer} holds deleted note {note.Id} after {o}");
            if (!MaySee(real, viewer)) Assert.Fail($"{viewer} holds hidden note {real} after {o}");
            if (note.AuthorId != (MayKnowAuthor(real, viewer) ? real.AuthorId : Guid.Empty)) Assert.Fail($"{viewer} holds {note} after {o}");
        }
        foreach (var question in seen.Questions.Values)
        {
            if (!o.After.Questions.TryGetValue(question.Id, out var real)) Assert.Fail($"{viewer} holds withdrawn question {question.Id} after {o}");
            if (!MaySee(o.After.Notes[real.NoteId], viewer)) Assert.Fail($"{viewer} holds a question on a hidden note after {o}");
            if (question.AskerId != (MayKnowAuthor(real.Anonymity.ToString(), real.AskerId, viewer) ? real.AskerId : Guid.Empty))
                Assert.Fail($"{viewer} holds {question} after {o}");
            foreach (var (answer, realAnswer) in question.Answers.Zip(real.Answers))
                if (answer.AuthorId != (MayKnowAuthor(realAnswer.Anonymity.ToString(), realAnswer.AuthorId, viewer) ? realAnswer.AuthorId : Guid.Empty))
                    Assert.Fail($"{viewer} holds {answer} after {o}");
        }
        foreach (var kept in seen.Deleted.Values)
        {
            if (!o.After.Deleted.TryGetValue(kept.Note.Id, out var real)) Assert.Fail($"{viewer} keeps a deleted note the board does not: {kept} after {o}");
            if (!MaySee(real.Note, viewer)) Assert.Fail($"{viewer} keeps hidden deleted note {real} after {o}");
            if (kept.Note.AuthorId != (MayKnowAuthor(real.Note, viewer) ? real.Note.AuthorId : Guid.Empty)) Assert.Fail($"{viewer} keeps {kept} after {o}");
            if (kept.DeletedBy != real.DeletedBy && kept.DeletedBy != Guid.Empty) Assert.Fail($"{viewer} keeps {kept} after {o}");
            if (kept.DeletedBy != Guid.Empty && kept.DeletedBy != viewer.ParticipantId && !MayKnowAuthor(real.Note, viewer))
                Assert.Fail($"{viewer} learns who deleted an anonymous note: {kept} after {o}");
        }
        foreach (var vote in seen.Votes)
        {
            if (vote.VoterId != Guid.Empty && vote.VoterId != viewer.ParticipantId) Assert.Fail($"{viewer} sees {vote} after {o}");
            if (vote.VoterId == Guid.Empty && vote.Hidden) Assert.Fail($"{viewer} sees someone's hidden vote after {o}");
        }
        foreach (var rating in seen.Ratings)
        {
            if (rating.RaterId != Guid.Empty && rating.RaterId != viewer.ParticipantId) Assert.Fail($"{viewer} sees {rating} after {o}");
            if (rating.RaterId == Guid.Empty && o.After.StageById(rating.StageId)?.RatingsRevealed != true)
                Assert.Fail($"{viewer} sees someone's score before the reveal after {o}");
        }
    }

    /// <summary>An event as a browser was sent it.</summary>
    private static Guid ActionItemIdOf(BoardEvent e) => e switch
    {
        ActionItemEdited x => x.ActionItemId,
        ActionItemDeleted x => x.ActionItemId,
        ActionProgressUpdated x => x.ActionItemId,
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    private static void CheckSent(Outcome o, Viewer viewer, EventEnvelope sent)
    {
        var stored = o.Envelope!;
        var self = viewer.ParticipantId;
        Assert.Equal((stored.Seq, stored.At), (sent.Seq, sent.At));
        if (sent.Event is EventHidden)
            Assert.Equal((Guid.Empty, Guid.Empty), (sent.OpId, sent.ActorId));
        var actorHidden = sent.ActorId == Guid.Empty || sent.ActorId == self;
        switch (stored.Event)
        {
            case NoteAdded added:
                var note = o.After.Notes[added.NoteId];
                if (!MaySee(note, viewer)) Assert.IsType<EventHidden>(sent.Event);
                else Assert.Equal((MayKnowAuthor(note, viewer) ? stored.ActorId : Guid.Empty, stored.Event), (sent.ActorId, sent.Event));
                break;
            case NoteEdited or NoteRecolored or NoteMoved or NoteDeleted or NoteRestored:
                var target = stored.Event is NoteRestored restored ? o.Before.Deleted[restored.NoteId].Note : o.Before.Notes[NoteIdOf(stored.Event)];
                if (!MaySee(target, viewer)) Assert.IsType<EventHidden>(sent.Event);
                else
                {
                    Assert.Equal(stored.Event, sent.Event);
                    Assert.True(MayKnowAuthor(target, viewer) || actorHidden, $"{viewer} learns who changed an anonymous note: {o}");
                }
                break;
            case VoteCast cast when stored.ActorId != self:
                if (cast.Hidden) Assert.IsType<EventHidden>(sent.Event);
                else Assert.Equal((Guid.Empty, stored.Event), (sent.ActorId, sent.Event));
                break;
            case VoteRetracted retracted when stored.ActorId != self:
                // V4: taking back a hidden vote would tell that there was one; the vote taken back is the voter's latest on the target
                var taken = o.Before.Votes.Last(v => v.VoterId == stored.ActorId && v.TargetId == retracted.TargetId);
                if (taken.Hidden) Assert.IsType<EventHidden>(sent.Event);
                else Assert.Equal((Guid.Empty, stored.Event), (sent.ActorId, sent.Event));
                break;
            case NotesRevealed revealed:
                var notes = Assert.IsType<NotesRevealed>(sent.Event).Notes ?? [];
                foreach (var n in notes)
                {
                    var real = o.Before.Notes[n.Id];
                    Assert.True(real.Hidden && real.StageId == revealed.StageId, $"{viewer} was sent {n} with a reveal of {revealed.StageId}");
                    // The participants' version is one for all of them, so it carries a participant's own hidden notes too,
                    // without their author: never an author the viewer may not know, nor a wrong one.
                    Assert.True(n.AuthorId == Guid.Empty || (MayKnowAuthor(real, viewer) && n.AuthorId == real.AuthorId), $"{viewer}: {n}");
                    Assert.Equal(real with { Hidden = false, AuthorId = n.AuthorId }, n);
                }
                // H2: the viewer receives every note of the stage they had not seen
                var unseen = o.Before.NotesOf(revealed.StageId).Where(n => n.Hidden && !MaySee(n, viewer)).Select(n => n.Id);
                Assert.Subset(notes.Select(n => n.Id).ToHashSet(), unseen.ToHashSet());
                break;
            case ActionItemCreated { MakerHidden: true } when stored.ActorId != self:
                // H3: an action item made from an anonymous note does not name its maker
                Assert.Equal((Guid.Empty, stored.Event), (sent.ActorId, sent.Event));
                break;
            case ActionItemEdited or ActionItemDeleted or ActionProgressUpdated when stored.ActorId != self &&
                o.Before.Actions.Values.Any(a => a.MakerHidden && a.CreatedBy == stored.ActorId && a.Id == ActionItemIdOf(stored.Event)):
                // H3: nor does a later change by that maker
                Assert.Equal((Guid.Empty, stored.Event), (sent.ActorId, sent.Event));
                break;
            case QuestionAsked or QuestionAnswered or QuestionEdited or QuestionWithdrawn:
                // Q5: a thread is seen with its note; its writers only by those who may know them (H3)
                var question = stored.Event switch
                {
                    QuestionAnswered e => o.Before.Questions[e.QuestionId],
                    QuestionEdited e => o.Before.Questions[e.QuestionId],
                    QuestionWithdrawn e => o.Before.Questions[e.QuestionId],
                    _ => null,
                };
                var onNote = o.Before.Notes[(stored.Event as QuestionAsked)?.NoteId ?? question!.NoteId];
                if (!MaySee(onNote, viewer)) Assert.IsType<EventHidden>(sent.Event);
                else
                {
                    Assert.Equal(stored.Event, sent.Event);
                    var (anonymity, writer) = stored.Event switch
                    {
                        QuestionAsked e => (e.Anonymity, stored.ActorId),
                        QuestionAnswered e => (e.Anonymity, stored.ActorId),
                        _ => (question!.Anonymity, question.AskerId),
                    };
                    Assert.True(actorHidden || MayKnowAuthor(anonymity.ToString(), writer, viewer), $"{viewer} learns who wrote in an anonymous thread: {o}");
                }
                break;
            case ItemRated when stored.ActorId != self:
                Assert.IsType<EventHidden>(sent.Event); // R4: scores are given before the reveal only
                break;
            case RatingsRevealed revealed:
                var scores = Assert.IsType<RatingsRevealed>(sent.Event).Ratings ?? [];
                Assert.All(scores, r => Assert.Equal((Guid.Empty, revealed.StageId), (r.RaterId, r.StageId)));
                Assert.Equal(o.Before.Ratings.Count(r => r.StageId == revealed.StageId), scores.Count);
                break;
            case VotesRevealed revealed:
                var votes = Assert.IsType<VotesRevealed>(sent.Event).Votes ?? [];
                Assert.All(votes, v => Assert.Equal((Guid.Empty, false, revealed.StageId), (v.VoterId, v.Hidden, v.StageId)));
                Assert.Equal(o.Before.Votes.Count(v => v.StageId == revealed.StageId), votes.Count);
                break;
            default:
                Assert.Equal(stored, sent);
                break;
        }
    }

    /// <summary>Everything a browser received, as JSON: no voter but itself, no author of an anonymous note it may not know.</summary>
    private static void CheckJson(JsonNode node, Viewer viewer, string json)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["voterId"] is { } voter)
                    Assert.True(voter.GetValue<Guid>() is var id && (id == Guid.Empty || id == viewer.ParticipantId), $"{viewer}: {json}");
                if (o["raterId"] is { } rater)
                    Assert.True(rater.GetValue<Guid>() is var id && (id == Guid.Empty || id == viewer.ParticipantId), $"{viewer}: {json}");
                if (o["authorId"] is { } author && o["anonymity"] is { } anonymity)
                    Assert.True(MayKnowAuthor(anonymity.GetValue<string>(), author.GetValue<Guid>(), viewer), $"{viewer}: {json}");
                if (o["askerId"] is { } asker && o["anonymity"] is { } asked)
                    Assert.True(MayKnowAuthor(asked.GetValue<string>(), asker.GetValue<Guid>(), viewer), $"{viewer}: {json}");
                foreach (var (_, child) in o)
                    if (child is not null) CheckJson(child, viewer, json);
                break;
            case JsonArray a:
                foreach (var child in a)
                    if (child is not null) CheckJson(child, viewer, json);
                break;
        }
    }

    private static Guid NoteIdOf(BoardEvent e) => e switch
    {
        NoteEdited x => x.NoteId,
        NoteRecolored x => x.NoteId,
        NoteMoved x => x.NoteId,
        NoteDeleted x => x.NoteId,
        _ => Guid.Empty,
    };
}
