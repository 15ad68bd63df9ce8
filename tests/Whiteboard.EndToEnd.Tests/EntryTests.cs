using System.Text.Json;
using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The way in. A facilitator's or observer's link asks a name once per browser — no location, which is a trainee's matter,
/// and no red "not connected" while the connection is still being made — and lands on the console; later workshops go
/// straight in with that name. A trainee's wrong code is refused before any name is asked.
/// </summary>
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

    private static Task ForgetWhatWasSeenAsync(IPage page) => page.EvaluateAsync("() => window.__entry = { states: [], nameAsked: false }");

    private static Task<string[]> BadgeStatesAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__entry.states");

    private static Task<bool> NameAskedAsync(IPage page) => page.EvaluateAsync<bool>("() => window.__entry.nameAsked");

    [Fact]
    public async Task A_facilitator_link_asks_only_a_name_shows_no_red_badge_and_lands_on_the_console()
    {
        var facilitator = await NewWatchedPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "入口：促进师", groups: 2);
        await ForgetWhatWasSeenAsync(facilitator);

        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        var form = facilitator.GetByTestId("join-form");
        await Expect(form).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(form.Locator("h1")).ToHaveTextAsync("以促进师身份进入");
        await Expect(form.GetByTestId("board-title")).ToHaveTextAsync("入口：促进师");
        await Expect(form.GetByTestId("name-kept-hint")).ToBeVisibleAsync();
        await Expect(facilitator.GetByTestId("location-in-room")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByTestId("location-remote")).ToHaveCountAsync(0);
        await Expect(facilitator.GetByTestId("connection-status")).ToHaveCountAsync(0); // nothing is connecting yet
        await LookAtEveryWidthAsync(facilitator, "entry-facilitator-name");

        await facilitator.GetByTestId("display-name").FillAsync("王老师");
        await facilitator.GetByTestId("join-button").ClickAsync();
        await Expect(facilitator.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(facilitator).ToHaveURLAsync(new Regex($"/b/{code}/console$"));
        await Expect(facilitator.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.DoesNotContain("offline", await BadgeStatesAsync(facilitator));
        Assert.Equal("\"王老师\"", await facilitator.EvaluateAsync<string>("() => localStorage.getItem('wb.entry-name')"));
        Assert.Equal(["王老师:Facilitator"], await PeopleAsync(facilitator, code));
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task A_later_workshop_in_the_same_browser_goes_straight_in_with_the_kept_name_which_can_be_changed_first()
    {
        var facilitator = await NewWatchedPersonAsync();
        await CreateWorkshopAsync(facilitator, "入口：第一期", groups: 2);
        await OpenConsoleAsync(facilitator, "王老帅"); // a slip of the keyboard, noticed a month later

        var code = await CreateWorkshopAsync(facilitator, "入口：第二期", groups: 3);
        var kept = facilitator.GetByTestId("kept-name");
        await Expect(kept.GetByTestId("kept-name-value")).ToHaveTextAsync("王老帅");
        await kept.GetByTestId("change-kept-name").ClickAsync();
        await kept.GetByTestId("kept-name-input").FillAsync("王老师");
        await LookAtEveryWidthAsync(facilitator, "entry-created-change-name");
        await kept.GetByTestId("save-kept-name").ClickAsync();
        await Expect(kept.GetByTestId("kept-name-value")).ToHaveTextAsync("王老师");
        await LookAtEveryWidthAsync(facilitator, "entry-created-kept-name");

        await ForgetWhatWasSeenAsync(facilitator);
        await facilitator.GetByTestId("open-console").ClickAsync();
        await Expect(facilitator.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(facilitator.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.False(await NameAskedAsync(facilitator), "the facilitator was asked a name again");
        Assert.DoesNotContain("offline", await BadgeStatesAsync(facilitator));
        Assert.Equal(["王老师:Facilitator"], await PeopleAsync(facilitator, code));

        // A reload is the same facilitator again (the token), not a second one.
        await facilitator.ReloadAsync();
        await Expect(facilitator.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        Assert.Equal(["王老师:Facilitator"], await PeopleAsync(facilitator, code));
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task An_observer_link_asks_a_name_once_and_the_next_workshops_link_goes_straight_to_the_console()
    {
        var facilitator = await fixture.NewPersonAsync();
        var first = await CreateWorkshopAsync(facilitator, "入口：观察员一期", groups: 2);
        var firstLink = (await facilitator.GetByTestId("observer-link").GetAttributeAsync("href"))!;
        var firstSecret = await SecretOfAsync(facilitator);
        var second = await CreateWorkshopAsync(facilitator, "入口：观察员二期", groups: 2);
        var secondLink = (await facilitator.GetByTestId("observer-link").GetAttributeAsync("href"))!;
        var secondSecret = await SecretOfAsync(facilitator);

        var observer = await NewWatchedPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await observer.GotoAsync(firstLink);
        var form = observer.GetByTestId("join-form");
        await Expect(form).ToHaveAttributeAsync("data-role", "Observer");
        await Expect(form.Locator("h1")).ToContainTextAsync("观察员");
        await Expect(observer.GetByTestId("location-in-room")).ToHaveCountAsync(0);
        await LookAtEveryWidthAsync(observer, "entry-observer-name");
        await observer.GetByTestId("display-name").FillAsync("组织部 赵处长");
        await observer.GetByTestId("join-button").TapAsync();
        await Expect(observer.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Observer");
        await Expect(observer.GetByTestId("read-only")).ToBeVisibleAsync();
        await Expect(observer.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.DoesNotContain("offline", await BadgeStatesAsync(observer));

        await observer.GotoAsync(secondLink);
        await Expect(observer.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Observer");
        await Expect(observer.GetByTestId("workshop-title")).ToHaveTextAsync("入口：观察员二期");
        await Expect(observer.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.False(await NameAskedAsync(observer), "the observer was asked a name again");
        Assert.Equal(["组织部 赵处长:Observer"], await PeopleAsync(facilitator, second, secondSecret));
        Assert.Equal(["组织部 赵处长:Observer"], await PeopleAsync(facilitator, first, firstSecret));
        await observer.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

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

    [Fact]
    public async Task A_facilitator_whose_token_is_refused_comes_back_as_the_facilitator_not_as_a_trainee()
    {
        var facilitator = await NewWatchedPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "入口：过期的令牌", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");

        // A token the server no longer honours (expired after 30 days, or signed by a server whose data started afresh).
        await facilitator.EvaluateAsync("""
            key => {
              const token = localStorage.getItem(key);
              localStorage.setItem(key, token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA'));
            }
            """, $"wb.token.{code}");
        await facilitator.ReloadAsync(); // the watcher starts afresh with the page
        await Expect(facilitator.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");
        await Expect(facilitator.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.False(await NameAskedAsync(facilitator), "the facilitator was asked a name again");
        Assert.All(await PeopleAsync(facilitator, code), person => Assert.Equal("王老师:Facilitator", person));
        await facilitator.Context.CloseAsync();
    }

    /// <summary>The facilitator secret in the facilitator link of the workshop just created.</summary>
    private static async Task<string> SecretOfAsync(IPage created) =>
        (await created.GetByTestId("facilitator-link").GetAttributeAsync("href"))!.Split("#facilitator=")[1];

    /// <summary>The people on the workshop's first board as the server has them ("name:Role"), from its export.</summary>
    private static async Task<string[]> PeopleAsync(IPage facilitator, string code, string? secret = null)
    {
        secret ??= await FacilitatorSecretAsync(facilitator, code);
        var export = await facilitator.Context.APIRequest.GetAsync($"/api/workshops/{code}/export",
            new() { Headers = new Dictionary<string, string> { ["X-Facilitator-Secret"] = secret } });
        Assert.Equal(200, export.Status);
        using var json = JsonDocument.Parse(await export.TextAsync());
        return [.. json.RootElement.GetProperty("boards")[0].GetProperty("participants").EnumerateArray()
            .Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("role").GetString()}")];
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
