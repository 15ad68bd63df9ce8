using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Localization;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Client.Boards;

/// <summary>
/// /b/{code}: joins the board (asking for a name only when this browser has never joined it) and then shows it.
/// Relays what the connection receives to the session, on the renderer's context.
/// </summary>
public partial class BoardPage : IDisposable
{
    private string _code = "";
    private string? _facilitatorSecret;
    private BoardSummary? _summary;
    private BoardSession? _session;
    private bool _askName;
    private bool _joining;
    private RejectionCode? _problem;

    [Parameter] public string Code { get; set; } = "";

    [Inject] private BoardConnection Connection { get; set; } = default!;
    [Inject] private BoardCredentials Credentials { get; set; } = default!;
    [Inject] private BoardsApi Api { get; set; } = default!;
    [Inject] private UiLanguage Language { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _code = Code.Trim().ToUpperInvariant();
        Connection.StateChanged += OnConnectionStateChanged;
        Connection.EventsAppended += OnEventsAppended;
        Connection.PresenceChanged += OnPresenceChanged;
        Connection.NoteDragging += OnNoteDragging;
        Connection.Rejoined += OnRejoinedAsync;

        _facilitatorSecret = await Credentials.FacilitatorSecretAsync(_code, Navigation.Uri);
        if (await Credentials.TokenAsync(_code) is { } token)
            await JoinAsync(new JoinRequest(_code, null, ParticipantLocation.InRoom, token, _facilitatorSecret, Language.Current.CultureName()));
        else
            await AskNameAsync();
    }

    private async Task AskNameAsync()
    {
        _askName = true;
        var found = await Api.FindAsync(_code);
        _summary = found.Value;
        if (found.Problem is RejectionCode.BoardNotFound or RejectionCode.TooManyAttempts) (_askName, _problem) = (false, found.Problem);
        if (_summary is not null) await Language.FollowBoardAsync(_summary.Language);
    }

    private Task JoinAsNewcomerAsync(Newcomer newcomer) =>
        JoinAsync(new JoinRequest(_code, newcomer.Name, newcomer.Location, null, _facilitatorSecret, Language.Current.CultureName()));

    private async Task JoinAsync(JoinRequest request)
    {
        (_joining, _problem) = (true, null);
        StateHasChanged();
        JoinResult result;
        try
        {
            result = await Connection.JoinAsync(request);
        }
        catch (Exception)
        {
            (_joining, _problem, _askName) = (false, RejectionCode.Unavailable, request.ParticipantToken is null);
            return;
        }
        _joining = false;
        if (result.Rejection is { } rejection)
        {
            await RefusedAsync(rejection.Code);
            return;
        }
        if (result.ParticipantToken is { } token) await Credentials.SaveTokenAsync(_code, token);
        _session = new BoardSession(result, Connection.Calls, Time);
        await Language.FollowBoardAsync(_session.State.Language);
        await _session.CatchUpAsync(); // events broadcast before this page was listening
    }

    private async Task RefusedAsync(RejectionCode code)
    {
        _session = null;
        _problem = code;
        if (code == RejectionCode.InvalidToken) await Credentials.ForgetTokenAsync(_code);
        if (code is RejectionCode.InvalidToken or RejectionCode.NameEmpty or RejectionCode.NameTooLong
            or RejectionCode.TextHasControlCharacters or RejectionCode.MalformedMessage)
            await AskNameAsync();
    }

    private void OnEventsAppended(Guid boardId, IReadOnlyList<EventEnvelope> events) => InvokeAsync(async () =>
    {
        if (_session is not null && boardId == _session.State.BoardId) await _session.ReceiveAsync(events);
    });

    private void OnPresenceChanged(PresenceChange change) => InvokeAsync(() => _session?.ReceivePresence(change));

    private void OnNoteDragging(NoteDrag drag) => InvokeAsync(() => _session?.ReceiveDrag(drag));

    private Task OnRejoinedAsync(JoinResult result) => InvokeAsync(async () =>
    {
        if (_session is null) return;
        if (result.Rejection is { } rejection) await RefusedAsync(rejection.Code);
        else await _session.RejoinedAsync(result);
        StateHasChanged();
    });

    private void OnConnectionStateChanged() => InvokeAsync(StateHasChanged);

    public void Dispose()
    {
        Connection.StateChanged -= OnConnectionStateChanged;
        Connection.EventsAppended -= OnEventsAppended;
        Connection.PresenceChanged -= OnPresenceChanged;
        Connection.NoteDragging -= OnNoteDragging;
        Connection.Rejoined -= OnRejoinedAsync;
    }
}
