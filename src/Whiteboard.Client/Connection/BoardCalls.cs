using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// The hub calls the sessions make: <see cref="Connection.BoardConnection.Calls"/> in the app, plain functions in tests,
/// so a session runs without SignalR.
/// </summary>
public sealed record BoardCalls(
    Func<CommandEnvelope, Task<CommandAck>> Submit,
    Func<Guid, long, Task<CatchUpResult>> CatchUp,
    Func<Guid, Guid, double, double, Task> Drag,
    Func<WorkshopCommandEnvelope, Task<IReadOnlyList<BoardAck>>>? SubmitToAll = null,
    Func<MoveParticipantRequest, Task<CommandAck>>? MoveParticipant = null,
    Func<Task<IReadOnlyList<BoardHead>>>? Heads = null,
    Func<RemoveParticipantRequest, Task<CommandAck>>? RemoveParticipant = null,
    Func<SignOutRequest, Task<SignOutResult>>? SignOutOtherDevices = null);
