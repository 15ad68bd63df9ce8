using System.Globalization;
using Microsoft.JSInterop;
using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Localization;

/// <summary>
/// The language the UI is shown in. A person's own choice (kept in local storage) wins; otherwise the board's language;
/// otherwise Chinese. Switching is live: <see cref="LanguageRoot"/> re-renders every <see cref="LocalizedComponent"/>.
/// </summary>
public sealed class UiLanguage(IJSRuntime js)
{
    private const string StorageKey = "wb.language";

    public BoardLanguage Current { get; private set; } = BoardLanguage.ZhCn;

    /// <summary>True once the person picked a language themselves; a board's language no longer overrides it.</summary>
    public bool ChosenByPerson { get; private set; }

    public event Action? Changed;

    /// <summary>At start-up, before the first render: applies the remembered choice, if any.</summary>
    public async Task LoadAsync()
    {
        var stored = await js.InvokeAsync<string?>("localStorage.getItem", StorageKey);
        ChosenByPerson = stored is not null;
        await ApplyAsync(BoardLanguageCulture.Parse(stored));
    }

    public async Task ChooseAsync(BoardLanguage language)
    {
        ChosenByPerson = true;
        await js.InvokeVoidAsync("localStorage.setItem", StorageKey, language.CultureName());
        await ApplyAsync(language);
    }

    /// <summary>A board shows in its own language unless the person chose one.</summary>
    public Task FollowBoardAsync(BoardLanguage boardLanguage) =>
        ChosenByPerson || boardLanguage == Current ? Task.CompletedTask : ApplyAsync(boardLanguage);

    private async Task ApplyAsync(BoardLanguage language)
    {
        Current = language;
        var culture = CultureInfo.GetCultureInfo(language.CultureName());
        // Both the defaults (for new async flows) and the current thread: WebAssembly runs everything on one thread.
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", culture.Name);
        Changed?.Invoke();
    }
}
