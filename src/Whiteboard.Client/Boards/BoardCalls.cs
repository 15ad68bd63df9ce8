using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Boards;

/// <summary>
/// The hub calls a <see cref="BoardSession"/> makes: <see cref="Connection.BoardConnection.Calls"/> in the app,
/// plain functions in tests, so a session runs without SignalR.
/// </summary>
public sealed record BoardCalls(
    Func<CommandEnvelope, Task<CommandAck>> Submit,
    Func<Guid, long, Task<CatchUpResult>> CatchUp,
    Func<Guid, Guid, double, double, Task> Drag);
