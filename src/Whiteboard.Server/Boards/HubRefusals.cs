using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Server.Boards;

/// <summary>
/// A hub call refused before its method ran (a limit, an outage): answered in the method's own typed shape, so that a
/// client reads a rejection code rather than a server error (docs/PROTOCOL.md).
/// </summary>
public static class HubRefusals
{
    public static object? For(HubInvocationContext call, RejectionCode code, string message, DateTimeOffset now, TimeSpan? retryAfter = null)
    {
        var rejection = new Rejection(code);
        var opId = call.HubMethodArguments is [System.Text.Json.JsonElement json, ..] ? IncomingMessage.OpIdOf(json) : Guid.Empty;
        var ack = new CommandAck(opId, 0, rejection, message);
        return call.HubMethodName switch
        {
            BoardHubMethods.Join => JoinResult.Refused(rejection, message, now, retryAfter),
            BoardHubMethods.Submit or BoardHubMethods.MoveParticipant or BoardHubMethods.RemoveParticipant => ack,
            BoardHubMethods.SubmitToAll => new[] { new BoardAck(Guid.Empty, ack) },
            BoardHubMethods.SignOutOtherDevices => new SignOutResult(opId, rejection, message),
            BoardHubMethods.CatchUp => new CatchUpResult([], false, rejection),
            BoardHubMethods.Heads => Array.Empty<BoardHead>(),
            _ => null,
        };
    }
}
