using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Server.Boards;
using Whiteboard.Server.Localization;

namespace Whiteboard.Server.Storage;

/// <summary>
/// While the store is unreachable, every hub call is answered with its own kind of refusal — "temporarily unavailable" —
/// instead of a server error, so the browser keeps its commands in the outbox and sends them again later (issue 5, rule 7).
/// </summary>
public sealed class StoreOutageHubFilter(RejectionMessages messages, TimeProvider time) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (StoreUnavailableException)
        {
            var culture = (context.Context.Items.TryGetValue("member", out var m) ? m as ConnectionMember : null)?.Culture ?? Cultures.Chinese;
            var rejection = new Rejection(RejectionCode.Unavailable);
            var message = messages.For(RejectionCode.Unavailable, culture);
            var ack = new CommandAck(OpIdOf(context.HubMethodArguments), 0, rejection, message);
            return context.HubMethodName switch
            {
                BoardHubMethods.Join => JoinResult.Refused(rejection, message, time.GetUtcNow()),
                BoardHubMethods.Submit or BoardHubMethods.MoveParticipant => ack,
                BoardHubMethods.SubmitToAll => new[] { new BoardAck(Guid.Empty, ack) },
                BoardHubMethods.CatchUp => new CatchUpResult([], false, rejection),
                BoardHubMethods.Heads => Array.Empty<BoardHead>(),
                _ => null,
            };
        }
    }

    private static Guid OpIdOf(IReadOnlyList<object?> arguments) =>
        arguments is [JsonElement { ValueKind: JsonValueKind.Object } json, ..] && json.TryGetProperty("opId", out var op) && op.TryGetGuid(out var id)
            ? id : Guid.Empty;
}
