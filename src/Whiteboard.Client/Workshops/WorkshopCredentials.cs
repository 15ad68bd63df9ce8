using Microsoft.JSInterop;
using Whiteboard.Client.Browser;
using Whiteboard.Client.Workshops;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// What this browser keeps per workshop code in local storage: its participant token (so a reload is the same person,
/// with no name prompt) and, for a facilitator or observer, the secret from their link.
/// </summary>
public sealed class WorkshopCredentials(IJSRuntime js)
{
    private const string FacilitatorFragment = "#facilitator=";
    private const string ObserverFragment = "#observer=";

    public ValueTask<string?> TokenAsync(string code) => js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.Token(code));

    public ValueTask SaveTokenAsync(string code, string token) => js.InvokeVoidAsync("localStorage.setItem", StorageKeys.Token(code), token);

    public ValueTask ForgetTokenAsync(string code) => js.InvokeVoidAsync("localStorage.removeItem", StorageKeys.Token(code));

    /// <summary>The new secret after signing out the other devices: the old link no longer works.</summary>
    public ValueTask SaveFacilitatorSecretAsync(string code, string secret) =>
        js.InvokeVoidAsync("localStorage.setItem", StorageKeys.FacilitatorSecret(code), secret);

    public ValueTask ForgetFacilitatorSecretAsync(string code) => js.InvokeVoidAsync("localStorage.removeItem", StorageKeys.FacilitatorSecret(code));

    public ValueTask ForgetObserverSecretAsync(string code) => js.InvokeVoidAsync("localStorage.removeItem", StorageKeys.ObserverSecret(code));

    /// <summary>
    /// The secrets for a workshop: from the page's address when it is a facilitator or observer link (kept, then removed
    /// from the address bar so it is not bookmarked or shared by accident), else the ones kept earlier.
    /// </summary>
    public async Task<WorkshopSecrets> SecretsAsync(string code, string pageUri)
    {
        await KeepFromAddressAsync(pageUri, FacilitatorFragment, StorageKeys.FacilitatorSecret(code));
        await KeepFromAddressAsync(pageUri, ObserverFragment, StorageKeys.ObserverSecret(code));
        return new WorkshopSecrets(
            await js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.FacilitatorSecret(code)),
            await js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.ObserverSecret(code)));
    }

    /// <summary>
    /// The facilitator secret this browser keeps for a workshop, if it was opened here from the facilitator link: what the
    /// reports, the action overview and the replay send in their header, and what a follow-on workshop is made with.
    /// </summary>
    public ValueTask<string?> FacilitatorSecretAsync(string code) =>
        js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.FacilitatorSecret(code.Trim().ToUpperInvariant()));

    private async Task KeepFromAddressAsync(string pageUri, string fragment, string key)
    {
        var at = pageUri.IndexOf(fragment, StringComparison.Ordinal);
        if (at < 0) return;
        await js.InvokeVoidAsync("localStorage.setItem", key, Uri.UnescapeDataString(pageUri[(at + fragment.Length)..]));
        await js.InvokeVoidAsync("history.replaceState", null, "", pageUri[..at]);
    }
}
