using System.Text.Json;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rules PN5, PN7, PN8 in Chromium: a facilitator's class leaves an open action item; the office sees it among the open
/// actions and its facilitator's completion at 0%, the owner marks it done on a phone through their follow-up link, and
/// the office's page shows the rate move and the item leave the open list without a reload.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProgrammeNumbersTests(BrowserFixture fixture)
{
    private static readonly (int Width, int Height)[] Sizes = [(390, 844), (820, 1180), (1280, 800)];

    [Fact]
    public async Task The_office_sees_the_completion_rate_move_when_an_owner_marks_an_item_done_on_a_phone()
    {
        var office = await fixture.NewPersonAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await office.GotoAsync($"/office#key={BrowserFixture.OfficeKey}");
        await office.GetByTestId("programme-view-facilitators").ClickAsync();
        var name = $"周老师{Guid.NewGuid().ToString("N")[..4]}";
        await office.GetByTestId("facilitator-name").FillAsync(name);
        await office.GetByTestId("facilitator-create").ClickAsync();
        var link = (await office.GetByTestId("facilitator-link").InnerTextAsync()).Trim();

        // The facilitator's class, created with their link: one item, for someone outside the class.
        var facilitator = await fixture.NewPersonAsync();
        await facilitator.GotoAsync(link[link.IndexOf("/mine", StringComparison.Ordinal)..]);
        await Expect(facilitator.GetByTestId("programme-workshops-empty")).ToBeVisibleAsync();
        var what = $"修订报销办法 {name}";
        await FacilitatorAloneAtActionAsync(facilitator, $"科长班 {name}", "ZhCn", what, "钱科长", DateOnly.FromDateTime(DateTime.Today.AddDays(-2)));

        // The office: the record at 0%, the item among the open actions, late.
        await office.GetByTestId("programme-view-records").ClickAsync();
        var record = office.GetByTestId("facilitator-record").Filter(new() { HasText = name });
        await Expect(record.GetByTestId("record-rate")).ToHaveTextAsync("0%");
        await office.GetByTestId("programme-view-numbers").ClickAsync();
        var completion = office.GetByTestId("numbers-by-facilitator").GetByTestId("completion-row").Filter(new() { HasText = name });
        await Expect(completion.GetByTestId("completion-rate")).ToHaveTextAsync("0%");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(office, "office-numbers", Sizes));
        await office.GetByTestId("programme-view-actions").ClickAsync();
        var open = office.GetByTestId("open-action").Filter(new() { HasText = what });
        await Expect(open).ToHaveAttributeAsync("data-overdue", "true");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(office, "office-open-actions", Sizes));

        // The owner's link, as the office sends it; 钱科长 opens it on a phone and reports it done.
        var answer = await office.APIRequest.GetAsync("/api/programme/actions",
            new() { Headers = new Dictionary<string, string> { ["X-Office-Key"] = BrowserFixture.OfficeKey } });
        using var items = JsonDocument.Parse(await answer.TextAsync());
        var followUp = items.RootElement.EnumerateArray().Single(i => i.GetProperty("action").GetProperty("what").GetString() == what)
            .GetProperty("followUpUrl").GetString()!;
        var phone = await fixture.NewTouchPersonAsync((390, 844));
        await phone.GotoAsync(followUp[followUp.IndexOf("/f#", StringComparison.Ordinal)..]);
        var item = phone.GetByTestId("follow-up-item");
        await item.Locator("[data-testid=follow-up-status][data-status=Done]").TapAsync();
        await item.GetByTestId("save-follow-up").TapAsync();
        await Expect(item).ToHaveAttributeAsync("data-status", "Done");

        // The office's open list lets it go by itself (it asks again every few seconds); the rate moves.
        await Expect(open).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await office.GetByTestId("programme-view-numbers").ClickAsync();
        await Expect(completion.GetByTestId("completion-rate")).ToHaveTextAsync("100%");
        await office.GetByTestId("programme-view-records").ClickAsync();
        await Expect(record.GetByTestId("record-rate")).ToHaveTextAsync("100%");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(office, "office-records", Sizes));
        await office.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
