using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>The way in. A trainee's wrong code is refused before any name is asked.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EntryTests(BrowserFixture fixture)
{
    /// <summary>
    /// Records, from the page's load on, every state the connection badge shows and whether a name field ever appeared:
    /// a red badge or a name form that flashed for a moment counts too.
    /// </summary>
    private const string Watcher = """
        window.__entry = { states: [], nameAsked: false };
        new MutationObserver(() => {
            const badge = document.querySelector('[data-testid=connection-status]');
            const state = badge && badge.getAttribute('data-state');
            if (state && window.__entry.states.at(-1) !== state) window.__entry.states.push(state);
            if (document.querySelector('[data-testid=display-name]')) window.__entry.nameAsked = true;
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    private async Task<IPage> NewWatchedPersonAsync(BrowserNewContextOptions? options = null)
    {
        var page = await fixture.NewPersonAsync(options);
        await page.Context.AddInitScriptAsync(Watcher);
        return page;
    }

    private static Task<bool> NameAskedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__entry.nameAsked");

    [Fact]
    public async Task A_wrong_code_is_refused_before_any_name_field_shows()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "入口：加入码", groups: 1);
        var wrong = code[..5] + (code[5] == 'Z' ? 'Y' : 'Z'); // one character mistyped

        // Typed on the start page: said there, next to the code, and no page opens.
        var trainee = await NewWatchedPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await trainee.GotoAsync("/");
        await trainee.GetByTestId("code-input").FillAsync(wrong.ToLowerInvariant());
        await trainee.GetByTestId("go-to-board").TapAsync();
        var card = trainee.Locator(".join-by-code");
        await Expect(card.GetByTestId("error-message")).ToContainTextAsync("找不到这个白板，请检查加入码。");
        await Expect(trainee).ToHaveURLAsync(new Regex("/$"));
        await LookAtEveryWidthAsync(trainee, "entry-wrong-code-typed");

        // A link with the wrong code: said before anything is asked.
        await trainee.GotoAsync($"/b/{wrong}");
        await Expect(trainee.GetByTestId("entry-refused")).ToContainTextAsync("找不到这个白板，请检查加入码。");
        await Expect(trainee.GetByTestId("entry-refused").Locator("a.button")).ToBeVisibleAsync();
        await LookAtEveryWidthAsync(trainee, "entry-wrong-code-link");
        Assert.False(await NameAskedAsync(trainee), "a name was asked for a code that leads nowhere");

        // The right code: now the name, and the place in the room or remote.
        await JoinByCodeAsync(trainee, code, "李明");
        await Expect(trainee.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await trainee.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    /// <summary>The entry screen at a phone's and a laptop's width, saved to be looked at; it never scrolls sideways.</summary>
    private static async Task LookAtEveryWidthAsync(IPage page, string name)
    {
        var before = page.ViewportSize!;
        foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Screenshots.SaveAsync(page, $"{name}-{width}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{name} scrolls sideways by {overflow} px at {width}×{height}");
        }
        await page.SetViewportSizeAsync(before.Width, before.Height);
    }
}
