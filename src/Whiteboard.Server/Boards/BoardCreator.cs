using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>Creates a board: decides its first event, draws a free join code and a facilitator secret, stores both.</summary>
public sealed class BoardCreator(IBoardStore store, TimeProvider time)
{
    private const int CodeAttempts = 16;

    public async Task<(CreatedBoard? Board, Rejection? Rejection)> CreateAsync(string? title, BoardLanguage language, CancellationToken ct)
    {
        var boardId = Guid.NewGuid();
        var now = time.GetUtcNow();
        var decision = Board.Decide(BoardState.Empty(boardId), new CreateBoard(title ?? "", language), new CommandContext(Guid.Empty, now));
        if (!decision.IsAccepted) return (null, decision.Rejection);
        var created = new EventEnvelope(1, Guid.NewGuid(), Guid.Empty, now, decision.Event!);
        var secret = FacilitatorSecrets.New();
        for (var i = 0; i < CodeAttempts; i++)
        {
            var code = JoinCodes.New();
            if (await store.TryCreateBoardAsync(new BoardRecord(boardId, code, FacilitatorSecrets.Hash(secret), now), created, ct))
                return (new CreatedBoard(boardId, code, secret), null);
        }
        return (null, new Rejection(RejectionCode.Unavailable)); // 16 taken codes in a row: the code space is nearly full
    }
}
