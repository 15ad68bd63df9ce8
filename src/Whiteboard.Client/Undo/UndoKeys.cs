using Microsoft.JSInterop;

namespace Whiteboard.Client.Undo;

/// <summary>
/// Ctrl+Z / Cmd+Z undoes, Ctrl+Shift+Z / Cmd+Shift+Z / Ctrl+Y redoes — anywhere on the page but in a text field, whose
/// own undo belongs to the words being typed.
/// </summary>
public sealed class UndoKeys : IAsyncDisposable
{
    private readonly Func<Task> _undo;
    private readonly Func<Task> _redo;
    private DotNetObjectReference<UndoKeys>? _self;
    private IJSObjectReference? _watch;

    private UndoKeys(Func<Task> undo, Func<Task> redo) => (_undo, _redo) = (undo, redo);

    public static async Task<UndoKeys> StartAsync(IJSRuntime js, Func<Task> undo, Func<Task> redo)
    {
        var keys = new UndoKeys(undo, redo);
        keys._self = DotNetObjectReference.Create(keys);
        try
        {
            keys._watch = await js.InvokeAsync<IJSObjectReference>("whiteboard.watchUndoKeys", keys._self);
        }
        catch (JSException)
        {
            // An old cached script without the helper: the buttons still undo.
        }
        return keys;
    }

    [JSInvokable] public Task Undo() => _undo();

    [JSInvokable] public Task Redo() => _redo();

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_watch is not null)
            {
                await _watch.InvokeVoidAsync("stop");
                await _watch.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The page is going away: so is its listener.
        }
        _self?.Dispose();
    }
}
