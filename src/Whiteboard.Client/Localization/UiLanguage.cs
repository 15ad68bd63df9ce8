using System.Globalization;
using Microsoft.JSInterop;
using Whiteboard.Client.Browser;
using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Localization;

/// <summary>
/// The language the UI is shown in. A person's own choice (kept in local storage) wins; otherwise the board's language;
/// otherwise Chinese. Switching is live: <see cref="LanguageRoot"/> re-renders every <see cref="LocalizedComponent"/>.
/// </summary>
public sealed class UiLanguage(IJSRuntime js)
{
    public BoardLanguage Current { get; private set; } = BoardLanguage.ZhCn;

    /// <summary>True once the person picked a language themselves; a board's language no longer overrides it.</summary>
    public bool ChosenByPerson { get; private set; }

    public event Action? Changed;

    /// <summary>At start-up, before the first render: applies the remembered choice, if any.</summary>
    public async Task LoadAsync()
    {
        var stored = await js.InvokeAsync<string?>("localStorage.getItem", StorageKeys.Language);
        ChosenByPerson = stored is not null;
        Apply(BoardLanguageCulture.Parse(stored));
        await MarkPageAsync();
    }

    // Not async on purpose (here and below): a culture set inside an async method is undone when it returns, and the
    // re-render that follows a click runs in the caller's context.
    public Task ChooseAsync(BoardLanguage language)
    {
        ChosenByPerson = true;
        Apply(language);
        return RememberAsync(language);
    }

    /// <summary>A board shows in its own language unless the person chose one.</summary>
    public Task FollowBoardAsync(BoardLanguage boardLanguage)
    {
        if (ChosenByPerson || boardLanguage == Current) return Task.CompletedTask;
        Apply(boardLanguage);
        return MarkPageAsync();
    }

    private void Apply(BoardLanguage language)
    {
        Current = language;
        var culture = CultureInfo.GetCultureInfo(language.CultureName());
        // The defaults serve every later render and callback; the current ones this very call chain.
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        Changed?.Invoke();
    }

    private async Task RememberAsync(BoardLanguage language)
    {
        await js.InvokeVoidAsync("localStorage.setItem", StorageKeys.Language, language.CultureName());
        await MarkPageAsync();
    }

    /// <summary>&lt;html lang&gt;: screen readers and the browser's font choice for Chinese depend on it.</summary>
    private Task MarkPageAsync() =>
        js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Current.CultureName()).AsTask();
}
