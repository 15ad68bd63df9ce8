using Microsoft.AspNetCore.SignalR;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.Connection;

/// <summary>
/// The commands this browser made that the server does not hold yet, in the order they were made, sent one at a time:
/// a board's (<see cref="PendingCommand"/>), or a facilitator's for every group (<see cref="PendingWorkshopCommand"/>).
/// A board's command stays until its event is on the board (<see cref="DropConfirmed"/>): acknowledged is not enough, so
/// the view never flickers between the ack and the broadcast. A send that fails, or a "temporarily unavailable" answer, is
/// not a refusal: the command stays and is sent again later (<see cref="Backoff"/>), always with the same operation id —
/// the server applies it once (rule S1). Only a real refusal takes a command out, reported by <see cref="Refused"/>.
/// While <see cref="Pause"/>d (the connection is down) nothing is sent; <see cref="ResumeAsync"/> after the next join.
/// </summary>
public sealed class Outbox<T> where T : class, IKeptCommand<T>
{
    /// <summary>Server errors (not refusals) on one command before it is given up, so that it cannot block the others forever.</summary>
    public const int MaxServerErrors = 5;

    /// <summary>
    /// "Not joined" answers to one command that send the browser to join again before it counts as a refusal: a connection
    /// that came back is not a member until its join is through, and a command sent in between is not the person's fault.
    /// </summary>
    public const int MaxRejoins = 3;

    private readonly Func<T, Task<CommandAck>> _submit;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly List<T> _items;
    private readonly Dictionary<Guid, int> _serverErrors = [];
    private readonly Dictionary<Guid, int> _notJoined = [];
    private bool _sending;
    private bool _paused;
    private long _pauses;
    private int _failures;
    private ITimer? _retry;

    public Outbox(Func<T, Task<CommandAck>> submit, TimeProvider time, IEnumerable<T>? kept = null, bool paused = false)
    {
        (_submit, _time, _paused) = (submit, time, paused);
        _items = [.. kept ?? []];
    }

    /// <summary>Every waiting command, in order (acknowledged ones too, until the board holds their events).</summary>
    public IReadOnlyList<T> Items
    {
        get { lock (_gate) return [.. _items]; }
    }

    /// <summary>Commands the server has not acknowledged yet: the changes "waiting" for the person.</summary>
    public int Unsent
    {
        get { lock (_gate) return _items.Count(i => !i.Acked); }
    }

    /// <summary>Counts every change to the list: a keeper saves it when this moved on.</summary>
    public long Version { get; private set; }

    /// <summary>A command was added, acknowledged or refused.</summary>
    public event Action? Changed;

    /// <summary>The server applied a command as this sequence number (its event may still be on its way).</summary>
    public event Action<long>? Acknowledged;

    /// <summary>The server did not know this connection as the board's member: paused until the browser joins again.</summary>
    public event Action? RejoinNeeded;

    /// <summary>The server refused a command (not "unavailable"): it is out of the outbox.</summary>
    public event Action<T, RejectionCode>? Refused;

    public Task AddAsync(T command)
    {
        lock (_gate)
        {
            _items.Add(command);
            Version++;
        }
        Changed?.Invoke();
        return FlushAsync();
    }

    /// <summary>
    /// Takes out the commands the board now holds (<paramref name="confirmed"/> says which). Raises nothing: the caller
    /// works out the view again.
    /// </summary>
    public bool DropConfirmed(Func<T, bool> confirmed)
    {
        lock (_gate)
        {
            var removed = _items.RemoveAll(i => confirmed(i));
            if (removed > 0) Version++;
            return removed > 0;
        }
    }

    /// <summary>
    /// How many times sending was paused: a join that began before the latest pause must not resume sending, because the
    /// connection it joined is gone (the next join resumes).
    /// </summary>
    public long Pauses
    {
        get { lock (_gate) return _pauses; }
    }

    /// <summary>The connection is down: stop sending until <see cref="ResumeAsync"/>.</summary>
    public void Pause()
    {
        lock (_gate)
        {
            _paused = true;
            _pauses++;
            _retry?.Dispose();
            _retry = null;
        }
    }

    /// <summary>Joined again: send what waits, now — unless the connection dropped again since that join began.</summary>
    public Task ResumeAsync(long? pausesWhenJoined = null)
    {
        lock (_gate)
        {
            if (pausesWhenJoined is { } seen && seen != _pauses) return Task.CompletedTask;
            (_paused, _failures) = (false, 0);
        }
        return FlushAsync();
    }

    /// <summary>Sends the waiting commands in order, one at a time, until none is left or one cannot be sent now.</summary>
    public async Task FlushAsync()
    {
        while (true)
        {
            lock (_gate)
            {
                if (_sending || _paused) return; // the loop already running sends it, in order
                _sending = true;
            }
            try
            {
                await SendWaitingAsync();
            }
            finally
            {
                lock (_gate) _sending = false;
            }
            // A command added while the last answer was on its way (another thread) would otherwise wait for the next flush.
            lock (_gate)
                if (_paused || _retry is not null || !_items.Any(i => !i.Acked)) return;
        }
    }

    private async Task SendWaitingAsync()
    {
        while (NextToSend() is { } next)
        {
            CommandAck ack;
            try
            {
                ack = await _submit(next);
            }
            catch (HubException) when (ServerErrorsOn(next) >= MaxServerErrors)
            {
                Remove(next, RejectionCode.Unavailable); // the server fails on this one every time
                continue;
            }
            catch (Exception)
            {
                RetryLater(); // offline, the connection dropped, or the server failed: it stays queued
                return;
            }
            if (ack.Rejection is { } passing && Passing.Is(passing.Code))
            {
                RetryLater(); // the store is down, or this connection sent too much at once: not a refusal of the change
                return;
            }
            if (ack.Rejection is { Code: RejectionCode.NotJoined } && NotJoinedOn(next) < MaxRejoins)
            {
                Pause(); // nothing more goes out before the join, which resumes sending
                RejoinNeeded?.Invoke();
                return;
            }
            if (ack.Rejection is { } rejection) Remove(next, rejection.Code);
            else Acknowledge(next, ack.Seq);
        }
    }

    private T? NextToSend()
    {
        lock (_gate) return _paused ? null : _items.FirstOrDefault(i => !i.Acked);
    }

    private int ServerErrorsOn(T command)
    {
        lock (_gate) return _serverErrors[command.OpId] = _serverErrors.GetValueOrDefault(command.OpId) + 1;
    }

    private int NotJoinedOn(T command)
    {
        lock (_gate) return _notJoined[command.OpId] = _notJoined.GetValueOrDefault(command.OpId) + 1;
    }

    private void Acknowledge(T command, long seq)
    {
        lock (_gate)
        {
            _failures = 0;
            _serverErrors.Remove(command.OpId);
            _notJoined.Remove(command.OpId);
            var index = _items.FindIndex(i => i.OpId == command.OpId);
            if (index < 0) return; // its event arrived first and took it out
            if (command.AppliedAs(seq) is { } kept) _items[index] = kept;
            else _items.RemoveAt(index);
            Version++;
        }
        Acknowledged?.Invoke(seq);
        Changed?.Invoke();
    }

    private void Remove(T command, RejectionCode code)
    {
        lock (_gate)
        {
            _items.RemoveAll(i => i.OpId == command.OpId);
            _serverErrors.Remove(command.OpId);
            _notJoined.Remove(command.OpId);
            Version++;
        }
        Refused?.Invoke(command, code);
        Changed?.Invoke();
    }

    private void RetryLater()
    {
        lock (_gate)
        {
            if (_paused) return; // the next join sends it
            _failures++;
            _retry?.Dispose();
            _retry = _time.CreateTimer(_ => Retry(), null, Backoff.Delay(_failures), Timeout.InfiniteTimeSpan);
        }
    }

    private void Retry()
    {
        lock (_gate)
        {
            _retry?.Dispose();
            _retry = null;
        }
        BackgroundWork.Run(FlushAsync(), "sending what waits in the outbox");
    }
}
