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
            [new BoardHead(_workshop[1].BoardId, 5), new BoardHead(_workshop[2].BoardId, 9), new BoardHead(_workshop[3].BoardId, 5)]);

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
}
