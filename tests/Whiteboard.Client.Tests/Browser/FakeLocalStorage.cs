using Microsoft.JSInterop;

namespace Whiteboard.Client.Tests.Browser;

/// <summary>The browser's local storage as the app reaches it through JS interop (and the app's helper listing its keys), kept in a dictionary.</summary>
public sealed class FakeLocalStorage : IJSRuntime
{
    public Dictionary<string, string> Items { get; } = [];

    public int Writes { get; private set; }

    /// <summary>Runs as each item is written, with its key: a test's slow storage advances its clock here.</summary>
    public Action<string>? Writing { get; set; }

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => InvokeAsync<TValue>(identifier, CancellationToken.None, args);

    public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args)
    {
        var key = (string)args![0]!;
        switch (identifier)
        {
            case "localStorage.getItem":
                return ValueTask.FromResult((TValue)(object?)Items.GetValueOrDefault(key)!);
            case "localStorage.setItem":
                Writes++;
                Writing?.Invoke(key);
                Items[key] = (string)args[1]!;
                break;
            case "localStorage.removeItem":
                Items.Remove(key);
                break;
            case "whiteboard.storageKeys":
                return ValueTask.FromResult((TValue)(object)Items.Keys.Where(k => k.StartsWith(key, StringComparison.Ordinal)).ToArray());
            default:
                throw new InvalidOperationException($"Not local storage: {identifier}");
        }
        return ValueTask.FromResult(default(TValue)!);
    }
}
