using Whiteboard.Client.Api;
using Whiteboard.Client.Browser;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// The way into a workshop before anyone is asked a name. The code is looked up first, so a wrong one is said at once;
/// the server counts a lookup of an unknown code as a guess (rule S4, docs/SECURITY.md), so what the start page found is
/// handed to the page it opens and the way in makes one lookup. And the name a facilitator or observer gave once on this
/// browser, which every later workshop they open by link uses.
/// </summary>
public sealed class WorkshopEntry(WorkshopsApi api, WorkshopCredentials credentials, BrowserStore store)
{
    private (string Code, WorkshopSummary Workshop)? _handedOver;

    /// <summary>
    /// The start page's code form: no problem means open the code's page. A browser that has been in the workshop opens it
    /// with its token (also offline) and is asked nothing, so nothing is looked up for it.
    /// </summary>
    public async Task<ApiResult<WorkshopSummary>> CheckCodeAsync(string code)
    {
        code = Normalize(code);
        if (await credentials.TokenAsync(code) is not null) return new(null, null);
        var found = await api.FindAsync(code);
        _handedOver = found.Value is { } workshop ? (code, workshop) : null;
        return found;
    }

    /// <summary>The workshop a code leads to: as the start page found it a moment ago, else asked now.</summary>
    public async Task<ApiResult<WorkshopSummary>> FindAsync(string code)
    {
        code = Normalize(code);
        if (_handedOver is { } kept && kept.Code == code)
        {
            _handedOver = null;
            return new(kept.Workshop, null);
        }
        return await api.FindAsync(code);
    }

    /// <summary>The name a facilitator or observer gave on this browser before, if it is still a valid name (rule P1).</summary>
    public async Task<string?> KeptNameAsync() =>
        await store.ReadAsync<string>(StorageKeys.EntryName) is { } name && TypedText.DisplayName.Check(name).Refusal is null ? name : null;

    /// <summary>Keeps a facilitator's or observer's name, as the board will show it, for their later workshops.</summary>
    public Task KeepNameAsync(string name) => store.WriteAsync(StorageKeys.EntryName, TypedText.DisplayName.Check(name).Text);

    /// <summary>The unit last given on this browser (rule P7), if any.</summary>
    public async Task<string?> KeptUnitAsync() =>
        await store.ReadAsync<string>(StorageKeys.EntryUnit) is { Length: > 0 } unit && TypedText.Unit.Check(unit).Refusal is null ? unit : null;

    /// <summary>Keeps the unit a person joined with for the next join form on this browser; none forgets it.</summary>
    public Task KeepUnitAsync(string? unit) => TypedText.Unit.Check(unit).Text is { Length: > 0 } clean
        ? store.WriteAsync(StorageKeys.EntryUnit, clean)
        : store.RemoveAsync(StorageKeys.EntryUnit);

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();
}
