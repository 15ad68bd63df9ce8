using Microsoft.JSInterop;
using Whiteboard.Client.Browser;

namespace Whiteboard.Client.Office;

/// <summary>
/// Where this browser keeps its programme credentials: taken from the link's fragment (<c>#key=…</c>) the first time, then
/// removed from the address bar so it is not bookmarked or shared by accident, and kept in local storage. The facilitator
/// link also makes the workshops this browser creates that facilitator's (rule O2).
/// </summary>
public sealed class ProgrammeKeys(IJSRuntime js)
{
    private const string Fragment = "#key=";

    /// <summary>The key for the page: from its address when there, else the one kept earlier; null when none.</summary>
    public async Task<ProgrammeKey?> FromPageAsync(string pageUri, bool office)
    {
        var storageKey = office ? StorageKeys.OfficeKey : StorageKeys.FacilitatorLink;
        var at = pageUri.IndexOf(Fragment, StringComparison.Ordinal);
        if (at >= 0)
        {
            await js.InvokeVoidAsync("localStorage.setItem", storageKey, Uri.UnescapeDataString(pageUri[(at + Fragment.Length)..]));
            await js.InvokeVoidAsync("history.replaceState", null, "", pageUri[..at]);
        }
        return await js.InvokeAsync<string?>("localStorage.getItem", storageKey) is { Length: > 0 } value ? new ProgrammeKey(value, office) : null;
    }

    /// <summary>The facilitator link this browser holds, if any (sent when it creates a workshop).</summary>
    public async Task<string?> FacilitatorLinkAsync() =>
        await js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.FacilitatorLink) is { Length: > 0 } value ? value : null;

    /// <summary>A refused key is forgotten, so the page asks for the link again instead of failing on every visit.</summary>
    public ValueTask ForgetAsync(ProgrammeKey key) =>
        js.InvokeVoidAsync("localStorage.removeItem", key.IsOffice ? StorageKeys.OfficeKey : StorageKeys.FacilitatorLink);
}
