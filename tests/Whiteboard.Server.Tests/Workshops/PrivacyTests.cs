using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;

namespace Whiteboard.Server.Tests.Workshops;

/// <summary>
/// Rules H1–H4 and V4 at the wire: what a browser may not see is never in any message sent to it — events, join results,
/// catch-ups, drag previews — not merely hidden on screen.
/// </summary>
public sealed class PrivacyTests
{
    private const string Secret = "领导不听基层意见";

    [Fact]
    public async Task A_private_note_reaches_no_other_participant_until_the_reveal_and_never_with_its_author()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var bob = await WorkshopPeople.JoinAsync(app, people, "李雷");
        await facilitator.SubmitToAllAsync(new AdvanceStage()); // Problem: private writing, anonymous authors
        var noteId = Guid.NewGuid();

        var added = await alice.SubmitAsync(new AddNote(noteId, "problem", Secret, NoteColor.Pink, 10, 10));
        await alice.Connection.InvokeAsync(BoardHubMethods.Drag, alice.BoardId, noteId, 50.0, 60.0);
        var edited = await alice.SubmitAsync(new EditNote(noteId, Secret + "，会议太多"));
        await bob.WaitForSeqAsync(edited.Seq);
        await alice.WaitForSeqAsync(edited.Seq);
        await facilitator.WaitForSeqAsync(edited.Seq);
        await using var late = await WorkshopPeople.JoinAsync(app, people, "迟到的人");
        await bob.CatchUpAsync(0);

        Assert.True(added.Accepted);
        Assert.DoesNotContain(Secret, bob.Everything); // Rule H1: not in events, join results, catch-ups or drags
        Assert.DoesNotContain(Secret, late.Everything);
        Assert.DoesNotContain(noteId.ToString(), bob.Everything);
        Assert.Empty(bob.State.Notes);
        Assert.Equal(Secret + "，会议太多", alice.State.Notes[noteId].Text);
        Assert.True(alice.State.Notes[noteId].Hidden);
        Assert.Equal(Secret + "，会议太多", facilitator.State.Notes[noteId].Text); // facilitators see private writing…
        Assert.Equal(Guid.Empty, facilitator.State.Notes[noteId].AuthorId); // …but not who wrote it (H3: setting off)

        var revealed = await facilitator.SubmitAsync(new RevealNotes("problem")); // Rule H2
        var seen = (await bob.WaitForSeqAsync(revealed.Seq)).Notes[noteId];

        Assert.Equal(Secret + "，会议太多", seen.Text);
        Assert.False(seen.Hidden);
        Assert.Equal(Guid.Empty, seen.AuthorId); // Rule H3
        Assert.DoesNotContain($"\"authorId\":\"{alice.Joined!.ParticipantId}\"", bob.Everything);
        var moved = await alice.SubmitAsync(new MoveNote(noteId, 90, 90));
        await bob.WaitForSeqAsync(moved.Seq);
        Assert.Equal(Guid.Empty, bob.Received.Single(e => e.Seq == moved.Seq).ActorId); // who moved an anonymous note is not said
    }

    [Fact]
    public async Task Hidden_votes_reach_only_their_voter_until_revealed_and_voters_are_never_sent()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var bob = await WorkshopPeople.JoinAsync(app, people, "李雷");
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        await facilitator.SubmitToAllAsync(new AdvanceStage()); // Plan: open writing, hidden dot voting
        var noteId = Guid.NewGuid();
        await bob.SubmitAsync(new AddNote(noteId, "plan", "精简会议", NoteColor.Green, 0, 0));

        var votes = new List<CommandAck>();
        for (var i = 0; i < 3; i++) votes.Add(await alice.SubmitAsync(new CastVote(noteId)));
        await bob.WaitForSeqAsync(votes[^1].Seq);
        await alice.WaitForSeqAsync(votes[^1].Seq);
        await facilitator.WaitForSeqAsync(votes[^1].Seq);

        Assert.All(votes, v => Assert.True(v.Accepted));
        Assert.Equal(3, alice.State.Votes.Count(v => v.VoterId == alice.Joined!.ParticipantId));
        Assert.Empty(bob.State.Votes); // Rule V4: not even counts
        Assert.Empty(facilitator.State.Votes);
        Assert.All(bob.Received.Where(e => votes.Any(v => v.Seq == e.Seq)), e => Assert.IsType<EventHidden>(e.Event));

        var revealed = await facilitator.SubmitAsync(new RevealVotes("plan"));
        var bobSees = await bob.WaitForSeqAsync(revealed.Seq);
        var aliceSees = await alice.WaitForSeqAsync(revealed.Seq);

        Assert.Equal(3, bobSees.Votes.Count(v => v.TargetId == noteId));
        Assert.All(bobSees.Votes, v => Assert.Equal(Guid.Empty, v.VoterId));
        Assert.Equal(3, aliceSees.Votes.Count(v => v.TargetId == noteId && v.VoterId == alice.Joined!.ParticipantId));
        var aliceId = alice.Joined!.ParticipantId.ToString();
        Assert.DoesNotContain($"\"voterId\":\"{aliceId}\"", bob.Everything);
        Assert.DoesNotContain($"\"voterId\":\"{aliceId}\"", facilitator.Everything);
        Assert.DoesNotContain(bob.Received.Where(e => votes.Any(v => v.Seq == e.Seq)), e => e.ActorId.ToString() == aliceId);
    }

    [Fact]
    public async Task A_participant_cannot_touch_a_private_note_they_cannot_see()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var bob = await WorkshopPeople.JoinAsync(app, people, "李雷");
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        var noteId = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(noteId, "problem", Secret, NoteColor.Pink, 0, 0));

        Assert.Equal(Core.Rejections.RejectionCode.NoteNotFound, (await bob.SubmitAsync(new MoveNote(noteId, 5, 5))).Rejection?.Code);
        Assert.Equal(Core.Rejections.RejectionCode.NoteNotFound, (await bob.SubmitAsync(new CastVote(noteId))).Rejection?.Code);
        Assert.Equal(Core.Rejections.RejectionCode.HiddenNote, (await facilitator.SubmitAsync(new EditNote(noteId, "改"))).Rejection?.Code);
    }

    [Fact]
    public async Task The_export_needs_the_facilitator_secret_and_then_shows_private_notes()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        await alice.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", Secret, NoteColor.Pink, 0, 0));

        var anyone = await app.Http.GetAsync($"/api/workshops/{people.Workshop.Code}/export");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{people.Workshop.Code}/export");
        request.Headers.Add("X-Facilitator-Secret", people.FacilitatorSecret);
        var asFacilitator = await (await app.Http.SendAsync(request)).Content.ReadAsStringAsync();
        using var wrong = new HttpRequestMessage(HttpMethod.Get, $"/api/workshops/{people.Workshop.Code}/export");
        wrong.Headers.Add("X-Facilitator-Secret", "guess");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, anyone.StatusCode); // the code alone exports nothing
        Assert.DoesNotContain(Secret, await anyone.Content.ReadAsStringAsync());
        Assert.Contains(Secret, asFacilitator);
        Assert.DoesNotContain("王芳\"", asFacilitator.Split("\"notes\"")[1].Split("\"participants\"")[0]); // anonymous even here
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await app.Http.SendAsync(wrong)).StatusCode);
    }
}
