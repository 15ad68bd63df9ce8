using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Tests;

/// <summary>Rule A8: a workshop made from an earlier one carries that one's open action items, read-only, as they stood then.</summary>
public class CarriedActionTests
{
    private static readonly CarriedAction Pilot =
        new(Guid.Parse("0000ca77-0000-4000-8000-000000000001"), 2, "先在销售部试点", "王芳", new DateOnly(2025, 2, 28), ActionStatus.InProgress, "做了一次");
    private static readonly CarriedAction Coach =
        new(Guid.Parse("0000ca77-0000-4000-8000-000000000002"), 1, "请外部顾问", "张总", null, ActionStatus.Blocked, "等预算");

    /// <summary>A follow-on board with its people (rule A8), made by the server as CreateBoard with the earlier open items.</summary>
    private static TestBoard FollowOn()
    {
        var board = Empty();
        board.Accept(Creating("第二次工作坊", template: WorkshopTemplate.ActionLearning) with { Carried = [Pilot, Coach] }, Guid.Empty);
        board.Join(Facilitator, "李老师", ParticipantRole.Facilitator);
        board.Join(Alice, "王芳");
        board.Join(Observer, "旁听", ParticipantRole.Observer);
        return board;
    }

    [Fact]
    public void Carried_actions_appear_in_the_state_from_BoardCreated_in_order()
    {
        // Rule A8
        var board = FollowOn();

        var created = Assert.IsType<BoardCreated>(board.Events[0].Event);
        Assert.Equal([Pilot, Coach], created.Carried!);
        Assert.Equal([Pilot, Coach], board.State.Carried);
        Assert.Empty(board.State.Actions); // copies, not the board's own action items
    }

    [Fact]
    public void Board_made_from_no_earlier_workshop_carries_nothing()
    {
        var board = ActionLearning();

        Assert.Null(Assert.IsType<BoardCreated>(board.Events[0].Event).Carried);
        Assert.Empty(board.State.Carried);
    }

    [Fact]
    public void Carried_actions_are_read_only()
    {
        // Rule A8: no command reaches them, in any stage
        var board = FollowOn();
        board.OpenStage(StageIds.Reflection);

        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new UpdateActionProgress(Pilot.ActionItemId, ActionStatus.Done), Facilitator));
        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new DeleteActionItem(Pilot.ActionItemId), Facilitator));
        board.OpenStage(StageIds.Summary);
        board.Accept(new ReopenStage(StageIds.Action), Facilitator);
        Assert.Equal(RejectionCode.ActionItemNotFound, board.Reject(new EditActionItem(Coach.ActionItemId, "改", new ActionOwner(Alice, null)), Facilitator));
        Assert.Equal(RejectionCode.ActionItemNotFound, Board.Decide(board.State, new RecordOwnerProgress(Coach.ActionItemId, ActionStatus.Done),
            new CommandContext(Guid.Empty, Start)).Rejection?.Code);

        Assert.Equal([Pilot, Coach], board.State.Carried);
    }

    [Fact]
    public void Everyone_on_the_board_sees_the_carried_actions_and_replay_keeps_them()
    {
        // Rules A6, A8, B4
        var board = FollowOn();

        Assert.Equal([Pilot, Coach], board.ClientState(Alice).Carried);
        Assert.Equal([Pilot, Coach], board.ClientState(Observer).Carried);
        Assert.Equal([Pilot, Coach], Visibility.Snapshot(board.State, Viewer.AnyParticipant).Carried);
        Assert.Equal([Pilot, Coach], Board.Replay(BoardId, board.Events).Carried);
    }
}
