using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// The audit: after MoveParticipant the connection still got the old group's CatchUp and Heads (new notes, later reveals)
/// and its drags were still relayed there, until it joined again — which a hostile client never does (rule W3).
/// </summary>
public sealed class MovedParticipantTests
{
    [Fact]
    public async Task A_moved_participant_that_never_joins_again_reads_nothing_more_of_the_old_group()
    {
        await using var app = TestApp.Start();
        var people = await WorkshopPeople.StartAsync(app, groups: 2);
        await using var facilitator = people.Facilitator;
        await using var hostile = await WorkshopPeople.JoinAsync(app, people, "不肯走的"); // group 1
        await using var other = await WorkshopPeople.JoinAsync(app, people, "二组的"); // group 2
        await using var stays = await WorkshopPeople.JoinAsync(app, people, "一组的"); // group 1
        var oldGroup = hostile.BoardId;
        Assert.Equal(oldGroup, stays.BoardId);
        await facilitator.SubmitToAllAsync(new AdvanceStage());
        var note = Guid.NewGuid();
        await stays.SubmitAsync(new AddNote(note, "problem", "一组的秘密", NoteColor.Yellow, 0, 0));
        await facilitator.SubmitToAllAsync(new RevealNotes("problem"));

        var moved = await facilitator.Connection.InvokeAsync<CommandAck>(BoardHubMethods.MoveParticipant,
            new MoveParticipantRequest(Guid.NewGuid(), hostile.Joined!.ParticipantId, other.BoardId));
        Assert.True(moved.Accepted);
        await Wait.Until(() => !hostile.Moves.IsEmpty);
        var heardBefore = hostile.ReceivedByBoard.Count(e => e.BoardId == oldGroup);
        await stays.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "移走之后写的", NoteColor.Blue, 100, 0));
        await hostile.Connection.SendAsync(BoardHubMethods.Drag, oldGroup, note, 300d, 300d);
        var probe = await stays.SubmitAsync(new MoveNote(note, 10, 10)); // once this is everywhere, anything sent before it is too
        await stays.WaitForSeqAsync(probe.Seq);

        Assert.Equal(RejectionCode.NotJoined, (await hostile.CatchUpAsync(0, oldGroup)).Rejection?.Code);
        Assert.DoesNotContain(await hostile.Connection.InvokeAsync<IReadOnlyList<BoardHead>>(BoardHubMethods.Heads), h => h.BoardId == oldGroup);
        Assert.Equal(RejectionCode.NotJoined,
            (await hostile.SubmitAsync(new AddNote(Guid.NewGuid(), "problem", "还想写", NoteColor.Pink, 0, 0), boardId: oldGroup)).Rejection?.Code);
        Assert.Equal(heardBefore, hostile.ReceivedByBoard.Count(e => e.BoardId == oldGroup));
        Assert.DoesNotContain("移走之后写的", hostile.Everything);
        Assert.DoesNotContain(stays.Drags, d => d.X == 300);
    }
}
