using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Localization;
using Whiteboard.Client.Browser;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Workshops;
using Whiteboard.Client.Background;
using Whiteboard.Client.Participants;

namespace Whiteboard.Client.Connection;

/// <summary>
/// This browser's place in a workshop, shared by every page of it (board, console, projector): joins by code — with the
/// kept token, or as a newcomer, or with a facilitator's or observer's secret from the link — and keeps the
/// <see cref="WorkshopSession"/> up to date with what the connection receives, across reconnects and moves. A browser
/// that was here before opens the workshop at once from what it kept (also offline) and joins in the background.
/// </summary>
public sealed class WorkshopClient : IDisposable
{
    private readonly BoardConnection _connection;
    private readonly WorkshopCredentials _credentials;
    private readonly UiLanguage _language;
    private readonly NavigationManager _navigation;
    private readonly TimeProvider _time;
    private readonly WorkshopKeeper _keeper;
    private readonly BrowserNetwork _network;
    private readonly WorkshopsApi _api;
    private readonly WorkshopEntry _entry;
    private readonly ITimer _headsCheck;
    private Credentials? _credentialsInUse;
    /// <summary>Counts the workshops opened: a join still retrying for one opened before gives up.</summary>
    private int _opened;
    /// <summary>
    /// The latest presence change per board and person since the connection last dropped: a join's answer may come after
    /// changes it does not know of, and a session it starts takes them over its list (<see cref="PresenceView"/>).
    /// </summary>
    private readonly Dictionary<(Guid Board, Guid Participant), PresenceChange> _presenceSinceDrop = [];

    public WorkshopClient(BoardConnection connection, WorkshopCredentials credentials, UiLanguage language, NavigationManager navigation,
        TimeProvider time, WorkshopKeeper keeper, BrowserNetwork network, WorkshopsApi api, WorkshopEntry entry)
    {
        (_connection, _credentials, _language, _navigation, _time, _keeper, _network, _api, _entry) =
            (connection, credentials, language, navigation, time, keeper, network, api, entry);
        _connection.StateChanged += OnConnectionStateChanged;
        _connection.EventsAppended += OnEventsAppended;
        _connection.PresenceChanged += OnPresenceChanged;
        _connection.NoteDragging += OnNoteDragging;
        _connection.Rejoined += OnRejoinedAsync;
        _connection.ParticipantMoved += OnMoved;
        _connection.AccessEnded += OnAccessEnded;
        _network.CameOnline += OnCameOnline;
        _network.WentOffline += OnWentOffline;
        _network.Woke += OnWoke;
        _network.Hidden += OnHidden;
        _headsCheck = time.CreateTimer(_ => BackgroundWork.Run(CheckHeadsAsync(), "checking the boards' heads"), null, HeadsCheckEvery, HeadsCheckEvery);
    }

    /// <summary>How often the boards' latest sequence numbers are compared with the server's (docs/PROTOCOL.md, "Catching up, checking, resyncing").</summary>
    public static readonly TimeSpan HeadsCheckEvery = TimeSpan.FromSeconds(30);

    public string Code { get; private set; } = "";
    public WorkshopSession? Session { get; private set; }
    public ConnectionState ConnectionState => _connection.State;
    /// <summary>Why the last join was refused, or why this browser was let go of the workshop, if it was.</summary>
    public RejectionCode? Problem { get; private set; }
    /// <summary>The facilitator moved this trainee to another group (rule W3): shown until they put it away.</summary>
    public GroupMove? LastMove { get; private set; }
    /// <summary>A throttled join may be tried again after this many seconds (the server says when).</summary>
    public int? RetryAfterSeconds { get; private set; }
    /// <summary>This browser has no identity for the workshop yet, and the code leads to one: a name is needed.</summary>
    public bool NeedsName { get; private set; }
    /// <summary>How this browser comes in while it has no identity here: what the name form shows.</summary>
    public Arrival? Arrival { get; private set; }
    public bool Joining { get; private set; }

    /// <summary>The session, the connection or the identity changed: pages re-render.</summary>
    public event Action? Changed;

    /// <summary>
    /// Opens the workshop with this code unless already in it: from what this browser kept (shown at once, joined in the
    /// background), else by joining with the kept token, else as it arrives (<see cref="ArriveAsync"/>). A secret in the
    /// page's address makes this browser a facilitator or observer.
    /// </summary>
    public async Task OpenAsync(string code)
    {
        await _network.StartAsync();
        code = code.Trim().ToUpperInvariant();
        var secrets = await _credentials.SecretsAsync(code, _navigation.Uri);
        if (code == Code && Session is not null && secrets == _credentialsInUse?.Secrets) return;
        (Code, Session, Problem, RetryAfterSeconds, NeedsName, Arrival) = (code, null, null, null, false, null);
        var opened = ++_opened;
        LastMove = await _keeper.MoveAsync(code);
        _credentialsInUse = new Credentials(secrets, await _credentials.TokenAsync(code));
        if (_credentialsInUse.Token is not { } token)
        {
            await ArriveAsync(secrets.Role, opened);
            return;
        }
        if (await OpenKeptAsync(code, secrets))
        {
            Notify();
            BackgroundWork.Run(JoinAsync(Request(token, null), opened), "joining a workshop opened from what was kept");
            return;
        }
        await JoinAsync(Request(token, null), opened);
    }

    /// <summary>
    /// No identity here yet. A facilitator or observer whose name this browser keeps goes straight in with it; anyone else
    /// is asked a name, but only once the code is known to lead to a workshop: a wrong code is said before a name is typed.
    /// </summary>
    private async Task ArriveAsync(ParticipantRole role, int opened)
    {
        var kept = role == ParticipantRole.Participant ? null : await _entry.KeptNameAsync();
        Arrival = new Arrival(role, KeptName: kept, KeptUnit: role == ParticipantRole.Participant ? await _entry.KeptUnitAsync() : null);
        if (kept is not null)
        {
            await JoinAsync(Request(null, Newcomer.ByLink(kept)), opened);
            return;
        }
        Notify();
        var found = await _entry.FindAsync(Code);
        if (opened != _opened) return;
        (Problem, RetryAfterSeconds) = (found.Problem, found.RetryAfterSeconds);
        if (found.Value is { } workshop)
        {
            Arrival = Arrival with { Workshop = workshop };
            await _language.FollowBoardAsync(workshop.Language);
            NeedsName = true;
        }
        Notify();
    }

    public Task JoinAsNewcomerAsync(Newcomer newcomer) => JoinAsync(Request(null, newcomer), _opened);

    private JoinRequest Request(string? token, Newcomer? newcomer) => new(Code, newcomer?.Name,
        newcomer?.Location ?? ParticipantLocation.InRoom, token, _credentialsInUse?.Secrets.Facilitator,
        _language.Current.CultureName(), _credentialsInUse?.Secrets.Observer, newcomer?.Unit);

    /// <summary>
    /// Joins; a returning browser keeps trying while the connection drops or the store is down (its board, if kept, is on
    /// screen meanwhile). A newcomer sees the problem and tries again themselves.
    /// </summary>
    private async Task JoinAsync(JoinRequest request, int opened)
    {
        (Joining, Problem) = (true, null);
        Notify();
        for (var failures = 1; opened == _opened; failures++)
        {
            JoinResult? result;
            try
            {
                result = await _connection.JoinAsync(request);
            }
            catch (Exception)
            {
                result = null; // the connection dropped during the join
            }
            var retry = result is null || result.Rejection is { } refused && Passing.Is(refused.Code);
            if (retry && request.ParticipantToken is not null)
            {
                await Task.Delay(Backoff.Delay(failures), _time);
                continue;
            }
            if (opened != _opened) return;
            Joining = false;
            RetryAfterSeconds = result?.RetryAfterSeconds;
            if (result is null) (Problem, NeedsName) = (RejectionCode.Unavailable, request.ParticipantToken is null);
            else if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
            else await JoinedAsync(result, request);
            Notify();
            return;
        }
    }

    /// <summary>A join succeeded: the session shown goes on (it catches up and sends what waited), or starts afresh.</summary>
    private async Task JoinedAsync(JoinResult result, JoinRequest request)
    {
        if (result.ParticipantToken is { } token) await _credentials.SaveTokenAsync(Code, token);
        // A facilitator or observer is asked their name once per browser: their later workshops use it.
        if (request.Name is { } name && result.Role != ParticipantRole.Participant) await _entry.KeepNameAsync(name);
        // A trainee's unit is offered again in the next join form here (rule P7); the name never is: tablets pass on.
        if (request.Name is not null && result.Role == ParticipantRole.Participant) await _entry.KeepUnitAsync(request.Unit);
        (NeedsName, Arrival) = (false, null);
        await _language.FollowBoardAsync(result.Workshop!.Language);
        if (Session is { } session && session.SameAs(result)) await session.RejoinedAsync(result);
        else await StartAsync(result);
    }

    private async Task StartAsync(JoinResult result)
    {
        // Commands still waiting are carried over to the new session's boards (those it still has): a refused or rebuilt
        // session must not drop what was typed.
        var pending = Session is { } before
            ? before.Boards.ToDictionary(b => b.BoardId, b => b.Pending)
            : await _keeper.OutboxesAsync(result.Boards.Select(b => b.BoardId));
        var forAll = Session?.PendingForAll ?? await _keeper.ForAllAsync(result.Workshop!.WorkshopId);
        if (Session is { Role: ParticipantRole.Participant } moved && result.Role == ParticipantRole.Participant
            && result.ParticipantId == moved.Me && result.Boards is [var to] && to.BoardId != moved.Home.BoardId)
            await MovedAsync(new GroupMove(moved.Home.State.GroupNumber, to.GroupNumber,
                [.. moved.Home.State.Notes.Values.Where(n => n.AuthorId == moved.Me).OrderBy(n => n.CreatedAt).Select(n => n.Text)]));
        Session = new WorkshopSession(result, _connection.Calls, _time, pending, pendingForAll: forAll);
        foreach (var change in _presenceSinceDrop.Values) Session.ReceivePresence(change); // newer than the answer's list, or as new
        Watch(Session);
        await _keeper.WatchAsync(Code, Session);
        await Session.RejoinedAsync(result); // events broadcast before this page listened, then what waited
    }

    /// <summary>Rule W3: this trainee now works in another group; the notice says so, with what they wrote before.</summary>
    private async Task MovedAsync(GroupMove move)
    {
        LastMove = move;
        await _keeper.KeepMoveAsync(Code, move);
    }

    /// <summary>The moved trainee has read the notice.</summary>
    public async Task DismissMoveAsync()
    {
        LastMove = null;
        await _keeper.KeepMoveAsync(Code, null);
        Notify();
    }

    private void Watch(WorkshopSession session)
    {
        foreach (var board in session.Boards) board.ResyncNeeded += RejoinNow;
        session.RejoinNeeded += RejoinNow;
    }

    private async Task RefusedAsync(RejectionCode code)
    {
        (Session, Problem) = (null, code);
        if (code is RejectionCode.InvalidToken or RejectionCode.ParticipantRemoved or RejectionCode.SignedOut or RejectionCode.WorkshopDeleted)
            await ForgetAsync(code);
        // A facilitator or observer whose token is refused (expired, or from a wiped server) still holds the link's secret:
        // they come in again as what the link makes them (rules P4, P5), with the name this browser keeps.
        if (code is RejectionCode.InvalidToken && _credentialsInUse?.Secrets is { Role: not ParticipantRole.Participant } secrets)
        {
            await ArriveAsync(secrets.Role, _opened);
            return;
        }
        NeedsName = code is RejectionCode.InvalidToken or RejectionCode.NameEmpty or RejectionCode.NameTooLong
            or RejectionCode.TextHasControlCharacters or RejectionCode.MalformedMessage or RejectionCode.BoardFull
            or RejectionCode.TooManyJoins;
        // The form asks as whom the next join goes: the secrets still in use say (a forgotten token leaves them).
        if (NeedsName) Arrival ??= new Arrival(_credentialsInUse?.Secrets.Role ?? ParticipantRole.Participant);
    }

    /// <summary>
    /// What no longer lets this browser in is forgotten: the token (and the board kept from it); a signed-out facilitator's
    /// old secret; every secret of a deleted workshop. Typing still waiting to be sent stays (it is someone's words).
    /// </summary>
    private async Task ForgetAsync(RejectionCode why)
    {
        await _credentials.ForgetTokenAsync(Code);
        await _keeper.ForgetAsync(Code);
        if (why is RejectionCode.SignedOut or RejectionCode.WorkshopDeleted) await _credentials.ForgetFacilitatorSecretAsync(Code);
        if (why is RejectionCode.WorkshopDeleted) await _credentials.ForgetObserverSecretAsync(Code);
        // The secrets that still let this browser in stay in use: a gone token is not a gone facilitator link.
        _credentialsInUse = _credentialsInUse is { } used ? new Credentials(why switch
        {
            RejectionCode.WorkshopDeleted => new WorkshopSecrets(null, null),
            RejectionCode.SignedOut => used.Secrets with { Facilitator = null },
            _ => used.Secrets,
        }, null) : null;
    }

    /// <summary>The server let this browser go (removed, signed out, the workshop deleted): say why, and forget it.</summary>
    private void OnAccessEnded(AccessEnded ended)
    {
        if (Session?.Workshop.WorkshopId != ended.WorkshopId) return;
        BackgroundWork.Run(EndedAsync(ended.Reason), "leaving a workshop this browser no longer belongs to");
    }

    private async Task EndedAsync(RejectionCode why)
    {
        (Session, Problem, NeedsName, Joining) = (null, why, false, false);
        ++_opened; // a join still retrying gives up
        await ForgetAsync(why);
        Notify();
    }

    /// <summary>
    /// A facilitator signs out every other facilitator device: this browser keeps the new secret (the old link no longer
    /// works) and the answer carries the new link to keep somewhere safe.
    /// </summary>
    public async Task<SignOutResult?> SignOutOtherDevicesAsync()
    {
        if (Session is not { Role: ParticipantRole.Facilitator } session) return null;
        var result = await session.SignOutOtherDevicesAsync();
        if (result.Rejection is null && result.FacilitatorSecret is { } secret)
        {
            await _credentials.SaveFacilitatorSecretAsync(Code, secret);
            _credentialsInUse = _credentialsInUse is { } used ? used with { Secrets = used.Secrets with { Facilitator = secret } } : null;
            _connection.FacilitatorSecretChanged(secret);
        }
        return result;
    }

    /// <summary>
    /// The facilitator deletes the workshop and everything in it (every group's board, the names, the action items): the
    /// server lets every browser go, this one too.
    /// </summary>
    public async Task<RejectionCode?> DeleteWorkshopAsync()
    {
        var problem = await _api.DeleteAsync(Code, await _credentials.FacilitatorSecretAsync(Code));
        if (problem is null) await EndedAsync(RejectionCode.WorkshopDeleted);
        return problem;
    }

    /// <summary>
    /// Opens the workshop from its kept state, not joined yet: the boards as last known, with the changes that waited.
    /// Only for the same kind of browser (a facilitator's link opens as a facilitator): otherwise it joins first.
    /// </summary>
    private async Task<bool> OpenKeptAsync(string code, WorkshopSecrets secrets)
    {
        if (await _keeper.WorkshopAsync(code) is not { Joined.Workshop: not null } kept) return false;
        if (kept.Joined.Role != secrets.Role) return false;
        var joined = kept.JoinedAsOf(_time.GetUtcNow());
        var pending = await _keeper.OutboxesAsync(joined.Boards.Select(b => b.BoardId));
        var forAll = await _keeper.ForAllAsync(joined.Workshop!.WorkshopId);
        Session = new WorkshopSession(joined, _connection.Calls, _time, pending, connected: false, forAll);
        Watch(Session);
        await _keeper.WatchAsync(code, Session);
        await _language.FollowBoardAsync(joined.Workshop!.Language);
        return true;
    }

    private void OnConnectionStateChanged()
    {
        if (_connection.State != ConnectionState.Online)
        {
            _presenceSinceDrop.Clear();
            Session?.ConnectionLost();
        }
        Notify();
    }

    private void RejoinNow() => BackgroundWork.Run(_connection.RejoinNowAsync(), "joining again");

    private void OnEventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events)
    {
        if (Session is { } session) BackgroundWork.Run(session.ReceiveAsync(boardId, events), "applying events");
    }

    private void OnPresenceChanged(PresenceChange change)
    {
        _presenceSinceDrop[(change.BoardId, change.ParticipantId)] = change;
        Session?.ReceivePresence(change);
    }

    private void OnNoteDragging(NoteDrag drag) => Session?.ReceiveDrag(drag);

    private async Task OnRejoinedAsync(JoinResult result)
    {
        if (Session is not { } session) return;
        if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
        else if (session.SameAs(result)) await session.RejoinedAsync(result);
        else await StartAsync(result); // moved to another group meanwhile
        Notify();
    }

    private void OnMoved(ParticipantMove move)
    {
        if (Session?.Me == move.ParticipantId) RejoinNow();
    }

    private void OnCameOnline()
    {
        BackgroundWork.Run(_connection.RetryNowAsync(), "reconnecting now");
        BackgroundWork.Run(CheckHeadsAsync(), "checking the boards' heads");
    }

    private void OnWentOffline() => BackgroundWork.Run(_connection.WentOfflineAsync(), "going offline");

    /// <summary>The tab is shown again (a tablet waking up): whatever was missed while asleep is fetched now.</summary>
    private void OnWoke()
    {
        if (_connection.State == ConnectionState.Online) BackgroundWork.Run(CheckHeadsAsync(), "checking the boards' heads");
        else BackgroundWork.Run(_connection.RetryNowAsync(), "reconnecting now");
    }

    private void OnHidden() => BackgroundWork.Run(_keeper.SaveNowAsync(), "keeping the workshop as the tab hides");

    private async Task CheckHeadsAsync()
    {
        if (_connection.State == ConnectionState.Online && Session is { } session) await session.CheckHeadsAsync();
    }

    private void Notify() => Changed?.Invoke();

    public void Dispose()
    {
        _headsCheck.Dispose();
        _connection.StateChanged -= OnConnectionStateChanged;
        _connection.EventsAppended -= OnEventsAppended;
        _connection.PresenceChanged -= OnPresenceChanged;
        _connection.NoteDragging -= OnNoteDragging;
        _connection.Rejoined -= OnRejoinedAsync;
        _connection.ParticipantMoved -= OnMoved;
        _connection.AccessEnded -= OnAccessEnded;
        _network.CameOnline -= OnCameOnline;
        _network.WentOffline -= OnWentOffline;
        _network.Woke -= OnWoke;
        _network.Hidden -= OnHidden;
    }

    private sealed record Credentials(WorkshopSecrets Secrets, string? Token);
}
