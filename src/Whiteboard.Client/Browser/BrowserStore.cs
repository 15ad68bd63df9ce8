using System.Text.Json;
using Microsoft.JSInterop;
using Whiteboard.Core.Protocol;

namespace Whiteboard.Client.Browser;

/// <summary>
/// Values kept in the browser's local storage as JSON (the protocol's strict <see cref="WireJson"/>), so that they survive a
/// reload and a closed tab. Storage that is full or unreadable is treated as empty: keeping is best effort, never a crash.
/// </summary>
public sealed class BrowserStore(IJSRuntime js)
{
    public async Task<T?> ReadAsync<T>(string key) where T : class
    {
        try
        {
            var json = await js.InvokeAsync<string?>("localStorage.getItem", key);
            return json is null ? null : JsonSerializer.Deserialize<T>(json, WireJson.Options);
        }
        catch (Exception e) when (e is JsonException or JSException or NotSupportedException)
        {
            return null; // written by an older version of the app, or storage is not available
        }
    }

    public async Task WriteAsync<T>(string key, T value)
    {
        try
        {
            await js.InvokeVoidAsync("localStorage.setItem", key, JsonSerializer.Serialize(value, WireJson.Options));
        }
        catch (JSException)
        {
            // Quota exceeded or storage disabled: the server still has everything acknowledged.
        }
    }

    public async Task<IReadOnlyList<string>> KeysAsync(string prefix)
    {
        try
        {
            return await js.InvokeAsync<string[]>("whiteboard.storageKeys", prefix);
        }
        catch (JSException)
        {
            return []; // an old cached script without the helper: nothing is listed, nothing is lost
        }
    }

    public async Task RemoveAsync(string key)
    {
        try
        {
            await js.InvokeVoidAsync("localStorage.removeItem", key);
        }
        catch (JSException)
        {
            // Storage disabled: nothing was kept either.
        }
    }
}
