using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// Restoring deleted notes (rule N10) from a hostile trainee's client: someone else's note, a private one, a live or
/// unknown id, a crafted frame, a locked stage. Each is a typed refusal that changes nothing, while the honest carry on.
/// </summary>
public sealed class RestoreAttackTests
{
    [Fact]
    public async Task A_trainee_cannot_restore_what_is_not_theirs_to_restore_and_the_room_carries_on()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 1);
        await using var facilitator = people.Facilitator;
        await using var alice = await WorkshopPeople.JoinAsync(app, people, "王芳");
        await using var bob = await WorkshopPeople.JoinAsync(app, people, "老李");
        await using var mallory = await WorkshopPeople.JoinAsync(app, people, "捣乱的");
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        var (shared, secret, live) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await alice.SubmitAsync(new AddNote(shared, "problem", "会议太多", NoteColor.Yellow, 0, 0));
        await bob.SubmitAsync(new AddNote(live, "problem", "老李的想法", NoteColor.Blue, 400, 0));
        await facilitator.SubmitToAllAsync(new RevealNotes("problem"));
        await alice.SubmitAsync(new AddNote(secret, "problem", "只给促进师看的话", NoteColor.Pink, 200, 0)); // still private writing
        await alice.SubmitAsync(new DeleteNote(shared));
        var last = await alice.SubmitAsync(new DeleteNote(secret));

        var someoneElses = await mallory.SubmitAsync(new RestoreNote(shared));
        var bobsFirst = await bob.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "接着写", NoteColor.Green, 0, 300));
        var privateOne = await mallory.SubmitAsync(new RestoreNote(secret));
        var liveOne = await mallory.SubmitAsync(new RestoreNote(live));
        var unknown = await mallory.SubmitAsync(new RestoreNote(Guid.NewGuid()));
        var crafted = await mallory.SubmitRawAsync(new
        {
            opId = Guid.NewGuid(), boardId = mallory.BoardId, command = new { type = "restoreNote", noteId = 5 },
        });
        var bobsSecond = await bob.SubmitAsync(new MoveNote(live, 420, 20));

        Assert.Equal(RejectionCode.NotAllowed, someoneElses.Rejection?.Code);
        Assert.Equal(RejectionCode.NoteNotFound, privateOne.Rejection?.Code); // H1: to her it never existed
        Assert.Equal(RejectionCode.NoteNotDeleted, liveOne.Rejection?.Code);
        Assert.Equal(RejectionCode.NoteNotFound, unknown.Rejection?.Code);
        Assert.Equal(RejectionCode.MalformedMessage, crafted.Rejection?.Code);
        Assert.False(string.IsNullOrEmpty(someoneElses.Message));
        Assert.Equal((last.Seq + 1, last.Seq + 2), (bobsFirst.Seq, bobsSecond.Seq)); // nothing else happened in between
        var seen = await bob.WaitForSeqAsync(bobsSecond.Seq);
        Assert.False(seen.Notes.ContainsKey(shared));
        Assert.Equal((420d, 20d), (seen.Notes[live].X, seen.Notes[live].Y));

        await facilitator.SubmitToAllAsync(new LockStage("problem"));
        var locked = await alice.SubmitAsync(new RestoreNote(shared));
        var byFacilitator = await facilitator.SubmitAsync(new RestoreNote(shared));

        Assert.Equal(RejectionCode.StageLocked, locked.Rejection?.Code);
        Assert.True(byFacilitator.Accepted); // a locked stage is still the facilitator's (ST3)
        Assert.Equal("会议太多", (await bob.WaitForSeqAsync(byFacilitator.Seq)).Notes[shared].Text);
        Assert.DoesNotContain("只给促进师看的话", mallory.Everything);
    }
}
