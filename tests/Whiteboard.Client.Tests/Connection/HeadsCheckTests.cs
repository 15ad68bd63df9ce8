using Microsoft.Extensions.Time.Testing;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Client.Connection;

namespace Whiteboard.Client.Tests.Connection;

/// <summary>Catching up (docs/PROTOCOL.md): a periodic cheap check of every board's latest sequence number repairs a silent divergence.</summary>
public class HeadsCheckTests
{
    private readonly TestWorkshop _workshop = new(groups: 3);
    private readonly FakeTimeProvider _time = new(TestWorkshop.Start.AddHours(1));
    private readonly List<(Guid BoardId, long AfterSeq)> _catchUps = [];

    private WorkshopSession SessionWithHeads(Func<IReadOnlyList<BoardHead>> heads) => new(_workshop.JoinedAs(_workshop.Facilitator),
        _workshop.Calls with
        {
            CatchUp = (boardId, afterSeq) =>
            {
                _catchUps.Add((boardId, afterSeq));
                return Task.FromResult(new CatchUpResult([], false));
            },
            Heads = () => Task.FromResult(heads()),
        }, _time);

    [Fact]
    public async Task Only_the_boards_behind_the_server_catch_up()
    {
        var session = SessionWithHeads(() =>
            [new BoardHead(_workshop[1].BoardId, 5, []), new BoardHead(_workshop[2].BoardId, 9, []), new BoardHead(_workshop[3].BoardId, 5, [])]);

        await session.CheckHeadsAsync();

        Assert.Equal([(_workshop[2].BoardId, 5L)], _catchUps);
    }

    [Fact]
    public async Task A_check_that_cannot_reach_the_server_changes_nothing()
    {
        var session = SessionWithHeads(() => throw new InvalidOperationException("not connected"));

        await session.CheckHeadsAsync();

        Assert.Empty(_catchUps);
    }

    [Fact]
    public async Task Heads_put_right_who_is_online_unless_a_change_came_while_asking()
    {
        // Rule S3: presence is never stored, so a lost or overtaken presence message is repaired only by the heads check
        var (left, stays, late) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var board = _workshop[1].BoardId;
        WorkshopSession? session = null;
        session = SessionWithHeads(() =>
        {
            session!.ReceivePresence(new PresenceChange(board, late, true)); // arrives while the answer is on its way
            return [new BoardHead(board, 5, [stays])];
        });
        session.ReceivePresence(new PresenceChange(board, left, true)); // its going offline was missed
        session.ReceivePresence(new PresenceChange(board, stays, false));

        await session.CheckHeadsAsync();

        var shown = session.Board(board)!;
        Assert.False(shown.IsOnline(left));
        Assert.True(shown.IsOnline(stays));
        Assert.True(shown.IsOnline(late)); // newer than the list
    }
}
