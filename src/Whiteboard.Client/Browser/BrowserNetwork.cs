using Microsoft.JSInterop;

namespace Whiteboard.Client.Browser;

/// <summary>
/// What the browser knows about the network and the tab before the connection does: it went offline or came back
/// (<c>offline</c>/<c>online</c>), the tab was hidden (a lid closing) or shown again (a tablet waking up).
/// </summary>
public sealed class BrowserNetwork(IJSRuntime js) : IDisposable
{
    private DotNetObjectReference<BrowserNetwork>? _self;

    public event Action? CameOnline;
    public event Action? WentOffline;
    public event Action? Woke;
    public event Action? Hidden;

    /// <summary>Starts listening (once).</summary>
    public async Task StartAsync()
    {
        if (_self is not null) return;
        _self = DotNetObjectReference.Create(this);
        try
        {
            await js.InvokeVoidAsync("whiteboard.watchNetwork", _self);
        }
        catch (JSException)
        {
            // An old cached script without the helper: the connection still finds out by itself, only later.
        }
    }

    [JSInvokable] public void Online() => CameOnline?.Invoke();

    [JSInvokable] public void Offline() => WentOffline?.Invoke();

    [JSInvokable] public void Visible() => Woke?.Invoke();

    [JSInvokable] public void Invisible() => Hidden?.Invoke();

    public void Dispose() => _self?.Dispose();
}
