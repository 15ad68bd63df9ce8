using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The programme office and a facilitator's own page (rules O1–O4) in Chromium: the office gives a facilitator a link,
/// the facilitator creates a workshop with it on a tablet and finds it on a phone under "我的工作坊", opening its console
/// from there; the office sees it too, and once the link is revoked it opens nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OfficeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_facilitator_link_from_the_office_owns_its_workshops_on_every_device_until_revoked()
    {
        var office = await fixture.NewPersonAsync();
        await office.GotoAsync($"/office#key={BrowserFixture.OfficeKey}");
        await Expect(office.GetByTestId("programme-heading")).ToHaveTextAsync("培训办");
        await Expect(office).ToHaveURLAsync(new Regex("/office$")); // the key left the address bar
        await office.GetByTestId("programme-view-facilitators").ClickAsync();
        var name = $"王老师{Guid.NewGuid().ToString("N")[..4]}";
        await office.GetByTestId("facilitator-name").FillAsync(name);
        await office.GetByTestId("facilitator-unit").FillAsync("市委党校");
        await office.GetByTestId("facilitator-create").ClickAsync();
        var link = (await office.GetByTestId("facilitator-link").InnerTextAsync()).Trim();
        Assert.Matches("/mine#key=[A-Za-z0-9_-]{32}$", link);
        var key = link[link.IndexOf("/mine", StringComparison.Ordinal)..];

        // On the tablet: the link once, then a workshop created from the start page is theirs.
        var tablet = await fixture.NewTouchPersonAsync((820, 1180));
        await tablet.GotoAsync(key);
        await Expect(tablet.GetByTestId("programme-who")).ToHaveTextAsync($"{name} · 市委党校");
        await Expect(tablet.GetByTestId("programme-workshops-empty")).ToBeVisibleAsync();
        await tablet.GetByTestId("mine-new-workshop").TapAsync();
        await Expect(tablet.GetByTestId("home-my-workshops")).ToBeVisibleAsync();
        var title = $"青干班 {name}";
        var code = await CreateWorkshopAsync(tablet, title, groups: 2);

        // On a phone with the same link: the workshop is there, and its console opens with the link alone.
        var phone = await fixture.NewTouchPersonAsync((390, 844));
        await phone.GotoAsync(key);
        var row = phone.GetByTestId("programme-workshop").Filter(new() { HasText = title });
        await Expect(row).ToHaveAttributeAsync("data-code", code);
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(phone, "mine"));
        await row.GetByTestId("mine-open-console").TapAsync();
        await Expect(phone).ToHaveURLAsync(new Regex($"/b/{code}/console$"));
        await phone.GetByTestId("display-name").FillAsync(name);
        await phone.GetByTestId("join-button").TapAsync();
        await Expect(phone.GetByTestId("console")).ToHaveAttributeAsync("data-role", "Facilitator");

        // The office sees it with its facilitator, and the facilitator's count.
        await office.GetByTestId("programme-view-workshops").ClickAsync();
        await Expect(office.GetByTestId("programme-workshop").Filter(new() { HasText = title })).ToContainTextAsync(name);
        await office.GetByTestId("programme-view-facilitators").ClickAsync();
        var facilitatorRow = office.GetByTestId("facilitator-row").Filter(new() { HasText = name });
        await Expect(facilitatorRow).ToContainTextAsync("1 个工作坊");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(office, "office-facilitators"));
        await facilitatorRow.GetByTestId("facilitator-revoke").ClickAsync();
        await Expect(facilitatorRow.GetByTestId("facilitator-revoked")).ToBeVisibleAsync();

        // Revoked: the link opens nothing any more, and says so.
        await phone.GotoAsync(key);
        await Expect(phone.GetByTestId("error-message")).ToContainTextAsync("促进师链接无效");
        await office.Context.CloseAsync();
        await tablet.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }

    [Fact]
    public async Task The_office_page_without_its_key_asks_for_the_link_and_a_wrong_key_is_refused()
    {
        var stranger = await fixture.NewPersonAsync();
        await stranger.GotoAsync("/office");
        await Expect(stranger.GetByTestId("programme-no-key")).ToContainTextAsync("培训办链接");
        await stranger.Context.CloseAsync();

        var guesser = await fixture.NewPersonAsync();
        await guesser.GotoAsync("/office#key=not-the-key-of-this-server");
        await Expect(guesser.GetByTestId("error-message")).ToContainTextAsync("培训办链接无效");
        Assert.Null(await guesser.EvaluateAsync<string?>("() => localStorage.getItem('wb.office-key')")); // forgotten, not kept
        await guesser.Context.CloseAsync();
    }
}
