using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Localization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// This browser's place in a workshop, shared by every page of it (board, console, projector): joins by code — with the
/// kept token, or as a newcomer, or with a facilitator's or observer's secret from the link — and keeps the
/// <see cref="WorkshopSession"/> up to date with what the connection receives, across reconnects and moves.
/// </summary>
public sealed class WorkshopClient : IDisposable
{
    private readonly BoardConnection _connection;
    private readonly BoardCredentials _credentials;
    private readonly UiLanguage _language;
    private readonly NavigationManager _navigation;
    private readonly TimeProvider _time;
    private Credentials? _credentialsInUse;

    public WorkshopClient(BoardConnection connection, BoardCredentials credentials, UiLanguage language, NavigationManager navigation, TimeProvider time)
    {
        (_connection, _credentials, _language, _navigation, _time) = (connection, credentials, language, navigation, time);
        _connection.StateChanged += Notify;
        _connection.EventsAppended += OnEventsAppended;
        _connection.PresenceChanged += change => Session?.ReceivePresence(change);
        _connection.NoteDragging += drag => Session?.ReceiveDrag(drag);
        _connection.Rejoined += OnRejoinedAsync;
        _connection.ParticipantMoved += move => _ = OnMovedAsync(move);
    }

    public string Code { get; private set; } = "";
    public WorkshopSession? Session { get; private set; }
    public ConnectionState ConnectionState => _connection.State;
    /// <summary>Why the last join was refused, if it was.</summary>
    public RejectionCode? Problem { get; private set; }
    /// <summary>This browser has no identity for the workshop yet: a name is needed.</summary>
    public bool NeedsName { get; private set; }
    public bool Joining { get; private set; }

    /// <summary>The session, the connection or the identity changed: pages re-render.</summary>
    public event Action? Changed;

    /// <summary>
    /// Joins the workshop with this code unless already in it: with the kept token, else asks for a name
    /// (<see cref="NeedsName"/>). A secret in the page's address makes this browser a facilitator or observer.
    /// </summary>
    public async Task OpenAsync(string code)
    {
        code = code.Trim().ToUpperInvariant();
        var secrets = await _credentials.SecretsAsync(code, _navigation.Uri);
        if (code == Code && Session is not null && secrets == _credentialsInUse?.Secrets) return;
        (Code, Session, Problem, NeedsName) = (code, null, null, false);
        _credentialsInUse = new Credentials(secrets, await _credentials.TokenAsync(code));
        if (_credentialsInUse.Token is { } token) await JoinAsync(Request(token, null));
        else NeedsName = true;
        Notify();
    }

    public Task JoinAsNewcomerAsync(Newcomer newcomer) => JoinAsync(Request(null, newcomer));

    private JoinRequest Request(string? token, Newcomer? newcomer) => new(Code, newcomer?.Name,
        newcomer?.Location ?? ParticipantLocation.InRoom, token, _credentialsInUse?.Secrets.Facilitator,
        _language.Current.CultureName(), _credentialsInUse?.Secrets.Observer);

    private async Task JoinAsync(JoinRequest request)
    {
        (Joining, Problem) = (true, null);
        Notify();
        JoinResult result;
        try
        {
            result = await _connection.JoinAsync(request);
        }
        catch (Exception)
        {
            (Joining, Problem, NeedsName) = (false, RejectionCode.Unavailable, request.ParticipantToken is null);
            Notify();
            return;
        }
        Joining = false;
        if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
        else await StartAsync(result);
        Notify();
    }

    private async Task StartAsync(JoinResult result)
    {
        if (result.ParticipantToken is { } token) await _credentials.SaveTokenAsync(Code, token);
        NeedsName = false;
        Session = new WorkshopSession(result, _connection.Calls, _time);
        foreach (var board in Session.Boards) board.ResyncNeeded += () => _ = _connection.RejoinNowAsync();
        await _language.FollowBoardAsync(result.Workshop!.Language);
        foreach (var board in Session.Boards) await board.CatchUpAsync(); // events broadcast before this page listened
    }

    private async Task RefusedAsync(RejectionCode code)
    {
        (Session, Problem) = (null, code);
        if (code == RejectionCode.InvalidToken) await _credentials.ForgetTokenAsync(Code);
        NeedsName = code is RejectionCode.InvalidToken or RejectionCode.NameEmpty or RejectionCode.NameTooLong
            or RejectionCode.TextHasControlCharacters or RejectionCode.MalformedMessage or RejectionCode.BoardFull;
    }

    private void OnEventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events) => _ = Session?.ReceiveAsync(boardId, events);

    private async Task OnRejoinedAsync(JoinResult result)
    {
        if (Session is null) return;
        if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
        else if (Session.SameBoardsAs(result)) await Session.RejoinedAsync(result);
        else await StartAsync(result); // moved to another group meanwhile
        Notify();
    }

    private async Task OnMovedAsync(ParticipantMove move)
    {
        if (Session?.Me == move.ParticipantId) await _connection.RejoinNowAsync();
    }

    private void Notify() => Changed?.Invoke();

    public void Dispose()
    {
        _connection.StateChanged -= Notify;
        _connection.EventsAppended -= OnEventsAppended;
        _connection.Rejoined -= OnRejoinedAsync;
    }

    private sealed record Credentials(WorkshopSecrets Secrets, string? Token);
}
