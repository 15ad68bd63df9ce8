using System.Security.Cryptography;

namespace Whiteboard.Server.Boards;

/// <summary>
/// One operation id per board for a command sent to several boards (rule W5), derived so that a retry of the same command
/// gives the same ids and is applied once on every board.
/// </summary>
public static class OperationIds
{
    public static Guid For(Guid opId, Guid boardId)
    {
        Span<byte> input = stackalloc byte[32];
        opId.TryWriteBytes(input[..16]);
        boardId.TryWriteBytes(input[16..]);
        return new Guid(SHA256.HashData(input)[..16]);
    }
}
