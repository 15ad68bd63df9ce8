using Whiteboard.Core.Rejections;
using Whiteboard.Server.Security;
using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Boards;

/// <summary>Finds a board by a join code someone typed, counting failures against their address (rule S4).</summary>
public sealed class BoardLookup(IBoardStore store, BoardRooms rooms, JoinAttemptGuard guard)
{
    public async Task<(BoardRecord? Record, BoardRoom? Room, RejectionCode? Failure)> FindAsync(
        string? typedCode, string? address, CancellationToken ct)
    {
        if (guard.IsBlocked(address)) return (null, null, RejectionCode.TooManyAttempts);
        var code = JoinCodes.Normalize(typedCode);
        var record = code is null ? null : await store.FindBoardByCodeAsync(code, ct);
        var room = record is null ? null : await rooms.FindAsync(record.BoardId, ct);
        if (room is not null) return (record, room, null);
        guard.RecordFailure(address);
        return (null, null, RejectionCode.BoardNotFound);
    }

    /// <summary>A wrong secret counts like a wrong code: both are guesses.</summary>
    public void RecordFailure(string? address) => guard.RecordFailure(address);
}
