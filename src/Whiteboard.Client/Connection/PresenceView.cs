using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Connection;

/// <summary>
/// Who is online on one board, as this browser knows it (rule S3: relayed, never stored). The server's lists (in a join's
/// answer, in <c>Heads</c>) are read at some moment while changes keep arriving as events on the same connection, which
/// may overtake the answer: a change received after the list was asked for is newer than the list and stays.
/// </summary>
public sealed class PresenceView(IEnumerable<Guid> online)
{
    private HashSet<Guid> _online = [.. online];
    private readonly Dictionary<Guid, long> _changedAt = [];
    private long _tick;
    private long _lostAt;

    /// <summary>Counts the changes received: taken before asking the server, passed to <see cref="Confirm"/>.</summary>
    public long Tick => _tick;

    public bool IsOnline(Guid participantId) => _online.Contains(participantId);

    public int Count(IEnumerable<Guid> participants) => participants.Count(_online.Contains);

    /// <summary>A change as it arrives; true when it changed what is shown.</summary>
    public bool Receive(PresenceChange change)
    {
        _changedAt[change.ParticipantId] = ++_tick;
        return change.Online ? _online.Add(change.ParticipantId) : _online.Remove(change.ParticipantId);
    }

    /// <summary>The connection dropped: the next join's list is newer than every change received so far, older than any after.</summary>
    public void ConnectionLost() => _lostAt = _tick;

    /// <summary>The list of a join that followed the last drop (or the first join).</summary>
    public bool Rejoined(IEnumerable<Guid> online) => Confirm(online, _lostAt);

    /// <summary>The server's list, asked for when <see cref="Tick"/> was <paramref name="askedAt"/>; true when it changed what is shown.</summary>
    public bool Confirm(IEnumerable<Guid> online, long askedAt)
    {
        var newer = _changedAt.Where(c => c.Value > askedAt).Select(c => c.Key).ToHashSet();
        HashSet<Guid> next = [.. online.Where(p => !newer.Contains(p)), .. _online.Where(newer.Contains)];
        if (next.SetEquals(_online)) return false;
        _online = next;
        return true;
    }
}
