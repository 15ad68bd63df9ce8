namespace Whiteboard.Client.Connection;

/// <summary>A command waiting in an <see cref="Outbox{T}"/>: kept, and sent with its operation id, until the server has it.</summary>
public interface IKeptCommand<TSelf> where TSelf : class, IKeptCommand<TSelf>
{
    Guid OpId { get; }

    /// <summary>The server acknowledged it; it stays only until the board holds its event.</summary>
    bool Acked { get; }

    /// <summary>What stays in the outbox once the server applied it as <paramref name="seq"/>; null when nothing needs to.</summary>
    TSelf? AppliedAs(long seq);
}
