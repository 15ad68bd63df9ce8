using Whiteboard.Client.Api;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Connection;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Rejections;
using Whiteboard.Client.Background;

namespace Whiteboard.Client.FollowUp;

/// <summary>
/// An owner's update of one item on its way to the server (rule A4). It is kept in the browser (<see cref="TypingKeeper"/>)
/// and sent again as it is — with its operation id, so that it counts once — until the server answers: after a failure
/// (<see cref="Backoff"/>), and at once when the phone is back online. The owner who read "sent later" and put the phone
/// away loses nothing.
/// </summary>
public sealed class FollowUpSending : IDisposable
{
    private readonly FollowUpApi _api;
    private readonly TypingKeeper _keeper;
    private readonly BrowserNetwork _network;
    private readonly TimeProvider _time;
    private readonly string _token;
    private readonly Guid _itemId;
    private readonly CancellationTokenSource _gone = new();
    /// <summary>The wait before the next attempt; cut short when the phone is back online.</summary>
    private CancellationTokenSource? _wait;

    public FollowUpSending(FollowUpApi api, TypingKeeper keeper, BrowserNetwork network, TimeProvider time, string token, Guid itemId)
    {
        (_api, _keeper, _network, _time, _token, _itemId) = (api, keeper, network, time, token, itemId);
        _network.CameOnline += RetryNow;
    }

    /// <summary>The update on its way, kept until the server answers.</summary>
    public FollowUpUpdate? Unsent { get; private set; }

    /// <summary>An attempt is under way (also while the update is being kept, from the first tap).</summary>
    public bool Sending { get; private set; }

    /// <summary>The last attempt did not get through: it is tried again by itself.</summary>
    public bool Retrying { get; private set; }

    /// <summary>The server answered an update: saved, or refused.</summary>
    public event Action<FollowUpAnswer>? Answered;

    /// <summary>An attempt made by itself ended: what the card shows may have changed.</summary>
    public event Action? Attempted;

    private string Key => StorageKeys.FollowUpUpdate(_token, _itemId);

    /// <summary>Starts listening for the phone coming back online.</summary>
    public Task StartAsync() => _network.StartAsync();

    /// <summary>
    /// After the page opens again: an update kept from before. Null when there is none, or when the item already stands as
    /// it says (it arrived; only its answer did not). <c>OverChange</c>: the item changed elsewhere since it was made, so it is
    /// not sent blindly over that change — the owner decides, and saving makes a new update.
    /// </summary>
    public async Task<(FollowUpUpdate Update, bool OverChange)?> KeptAsync(FollowUpItem item)
    {
        if (await _keeper.ReadAsync<KeptFollowUpUpdate>(Key) is not { } kept) return null;
        var update = kept.Update;
        if (update.Status == item.Status && update.Progress == item.Progress)
        {
            await _keeper.ForgetAsync(Key);
            return null;
        }
        return (update, kept.ItemUpdatedAt != item.UpdatedAt);
    }

    /// <summary>Keeps the update at once (the item as it stood when it was made), then sends it.</summary>
    public async Task SaveAsync(FollowUpUpdate update, DateTimeOffset itemUpdatedAt)
    {
        // Busy from the first tap: a second tap while the update is being kept must not make another one.
        (Unsent, Sending) = (update, true);
        await _keeper.KeepNowAsync(Key, new KeptFollowUpUpdate(update, itemUpdatedAt));
        await SendAsync(update);
    }

    public async Task SendAsync(FollowUpUpdate update)
    {
        (Unsent, Sending) = (update, true);
        var result = await _api.UpdateAsync(_token, _itemId, update);
        Sending = false;
        // Not answered, or this network is held back for a while: the update stays kept and goes again.
        if (result.Problem is RejectionCode.Unavailable or RejectionCode.TooManyAttempts || result.Value is null && result.Problem is null)
        {
            // The owner waits for it: should trying again itself fail, the card says it could not be sent.
            BackgroundWork.Run(KeepTryingAsync(), "sending an owner's update again",
                _ => Answered?.Invoke(new FollowUpAnswer(update, true, new ApiResult<FollowUpItem>(null, RejectionCode.Unavailable))));
            return;
        }
        var newest = Unsent == update;
        if (newest)
        {
            Unsent = null;
            await _keeper.ForgetAsync(Key);
        }
        Answered?.Invoke(new FollowUpAnswer(update, newest, result));
    }

    /// <summary>Sends the kept update again, waiting longer each time, at once when the phone is online again.</summary>
    private async Task KeepTryingAsync()
    {
        if (Retrying) return;
        Retrying = true;
        try
        {
            for (var failures = 1; Unsent is not null && !_gone.IsCancellationRequested; failures++)
            {
                using (_wait = CancellationTokenSource.CreateLinkedTokenSource(_gone.Token))
                {
                    try { await Task.Delay(Backoff.Delay(failures), _time, _wait.Token); }
                    catch (OperationCanceledException) when (!_gone.IsCancellationRequested) { } // back online: try now
                    catch (OperationCanceledException) { return; }
                }
                _wait = null;
                if (Unsent is { } update && !Sending) await SendAsync(update);
                Attempted?.Invoke();
            }
        }
        finally { Retrying = false; }
    }

    private void RetryNow() => _wait?.Cancel();

    public void Dispose()
    {
        _network.CameOnline -= RetryNow;
        _gone.Cancel();
        _gone.Dispose();
    }
}
