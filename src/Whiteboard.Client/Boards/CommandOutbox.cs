using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>
/// Commands on their way to the server, sent one at a time in the order they were made. A command that cannot be sent
/// (the connection is down) stays and is sent again, with the same operation id, after the next join: the server
/// applies it once (rule S1), so nothing typed is lost and nothing is doubled.
/// </summary>
public sealed class CommandOutbox(Func<CommandEnvelope, Task<CommandAck>> submit)
{
    private readonly Queue<CommandEnvelope> _pending = new();
    private bool _sending;

    public int Count => _pending.Count;

    public event Action<BoardCommand, RejectionCode>? Rejected;

    public Task EnqueueAsync(CommandEnvelope envelope)
    {
        _pending.Enqueue(envelope);
        return FlushAsync();
    }

    public async Task FlushAsync()
    {
        if (_sending) return; // the loop already running sends it, in order
        _sending = true;
        try
        {
            while (_pending.TryPeek(out var next))
            {
                CommandAck ack;
                try
                {
                    ack = await submit(next);
                }
                catch (HubException)
                {
                    // The server failed on it (not a refusal): sending it again would fail again.
                    _pending.Dequeue();
                    Rejected?.Invoke(next.Command, RejectionCode.Unavailable);
                    continue;
                }
                catch (Exception)
                {
                    return; // offline or the connection dropped: it stays queued until the next join
                }
                _pending.Dequeue();
                if (ack.Rejection is { } rejection) Rejected?.Invoke(next.Command, rejection.Code);
            }
        }
        finally
        {
            _sending = false;
        }
    }
}
