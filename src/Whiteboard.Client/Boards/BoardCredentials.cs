using Microsoft.JSInterop;

namespace Whiteboard.Client.Boards;

/// <summary>
/// What this browser keeps per board code in local storage: its participant token (so a reload is the same person,
/// with no name prompt) and, for a facilitator, the secret from the facilitator link.
/// </summary>
public sealed class BoardCredentials(IJSRuntime js)
{
    private const string SecretFragment = "#facilitator=";

    public ValueTask<string?> TokenAsync(string code) => js.InvokeAsync<string?>("localStorage.getItem", TokenKey(code));

    public ValueTask SaveTokenAsync(string code, string token) => js.InvokeVoidAsync("localStorage.setItem", TokenKey(code), token);

    public ValueTask ForgetTokenAsync(string code) => js.InvokeVoidAsync("localStorage.removeItem", TokenKey(code));

    /// <summary>
    /// The facilitator secret for a board: from the page's address when it is a facilitator link (kept, then removed from
    /// the address bar so it is not bookmarked or shared by accident), else the one kept earlier, else null.
    /// </summary>
    public async Task<string?> FacilitatorSecretAsync(string code, string pageUri)
    {
        var at = pageUri.IndexOf(SecretFragment, StringComparison.Ordinal);
        if (at < 0) return await js.InvokeAsync<string?>("localStorage.getItem", SecretKey(code));
        var secret = Uri.UnescapeDataString(pageUri[(at + SecretFragment.Length)..]);
        await js.InvokeVoidAsync("localStorage.setItem", SecretKey(code), secret);
        await js.InvokeVoidAsync("history.replaceState", null, "", pageUri[..at]);
        return secret;
    }

    private static string TokenKey(string code) => $"wb.token.{code}";

    private static string SecretKey(string code) => $"wb.facilitator.{code}";
}
