using Whiteboard.Client.Connection;
using Whiteboard.Client.Offline;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Workshops;

/// <summary>What the connection and the browser report, and opening a workshop from what this browser kept.</summary>
public sealed partial class WorkshopClient
{
    private int _rejoinFailures;

    /// <summary>
    /// Opens the workshop from its kept state, not joined yet: the boards as last known, with the changes that waited.
    /// Only for the same kind of browser (a facilitator's link opens as a facilitator): otherwise it joins first.
    /// </summary>
    private async Task<bool> OpenKeptAsync(string code, WorkshopSecrets secrets)
    {
        if (await _keeper.WorkshopAsync(code) is not { Joined.Workshop: not null } kept) return false;
        var expected = secrets.Facilitator is not null ? ParticipantRole.Facilitator
            : secrets.Observer is not null ? ParticipantRole.Observer
            : ParticipantRole.Participant;
        if (kept.Joined.Role != expected) return false;
        var joined = kept.JoinedAsOf(_time.GetUtcNow());
        var pending = await _keeper.OutboxesAsync(joined.Boards.Select(b => b.BoardId));
        Session = new WorkshopSession(joined, _connection.Calls, _time, pending, connected: false);
        Watch(Session);
        await _keeper.WatchAsync(code, Session);
        await _language.FollowBoardAsync(joined.Workshop!.Language);
        return true;
    }

    private void OnConnectionStateChanged()
    {
        if (_connection.State != ConnectionState.Online) Session?.ConnectionLost();
        Notify();
    }

    private void OnEventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events) => _ = Session?.ReceiveAsync(boardId, events);

    private void OnPresenceChanged(PresenceChange change) => Session?.ReceivePresence(change);

    private void OnNoteDragging(NoteDrag drag) => Session?.ReceiveDrag(drag);

    private async Task OnRejoinedAsync(JoinResult result)
    {
        if (Session is not { } session) return;
        if (result.Rejection is { Code: RejectionCode.Unavailable })
        {
            _ = RejoinLaterAsync(); // the store is down: keep the board on screen and its changes waiting
            return;
        }
        _rejoinFailures = 0;
        if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
        else if (session.SameAs(result)) await session.RejoinedAsync(result);
        else await StartAsync(result); // moved to another group meanwhile
        Notify();
    }

    private async Task RejoinLaterAsync()
    {
        await Task.Delay(EndlessRetryPolicy.Delay(++_rejoinFailures), _time);
        await _connection.RejoinNowAsync();
    }

    private void OnMoved(ParticipantMove move)
    {
        if (Session?.Me == move.ParticipantId) _ = _connection.RejoinNowAsync();
    }

    private void OnCameOnline()
    {
        _ = _connection.RetryNowAsync();
        _ = CheckHeadsAsync();
    }

    private void OnWentOffline() => _ = _connection.WentOfflineAsync();

    /// <summary>The tab is shown again (a tablet waking up): whatever was missed while asleep is fetched now.</summary>
    private void OnWoke()
    {
        if (_connection.State == ConnectionState.Online) _ = CheckHeadsAsync();
        else _ = _connection.RetryNowAsync();
    }

    private void OnHidden() => _ = _keeper.SaveNowAsync();

    private async Task CheckHeadsAsync()
    {
        if (_connection.State == ConnectionState.Online && Session is { } session) await session.CheckHeadsAsync();
    }
}
