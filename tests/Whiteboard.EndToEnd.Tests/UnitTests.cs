using System.Text.Json;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rule P7 in Chromium: a trainee on a phone says their unit when joining, the facilitator sees it in the console and
/// corrects it, and the phone offers the unit again in its next join form (never the name: tablets pass on).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnitTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_trainee_gives_a_unit_the_facilitator_corrects_it_and_the_next_join_form_offers_it()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "单位：青干班", groups: 1);
        var secret = (await facilitator.GetByTestId("facilitator-link").GetAttributeAsync("href"))!.Split("#facilitator=")[1];
        await OpenConsoleAsync(facilitator, "王老师");

        var phone = await fixture.NewTouchPersonAsync((390, 844));
        await phone.GotoAsync($"/b/{code}");
        await phone.GetByTestId("display-name").FillAsync("李明");
        await phone.GetByTestId("join-unit").FillAsync("市发改委");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(phone, "join-form-unit", [(390, 844), (1280, 800)]));
        await phone.GetByTestId("join-button").TapAsync();
        await Expect(phone.GetByTestId("board-canvas")).ToBeVisibleAsync();

        var row = facilitator.GetByTestId("console-participant").Filter(new() { HasText = "李明" });
        await Expect(row.GetByTestId("participant-unit")).ToHaveTextAsync("市发改委");
        await row.GetByTestId("edit-unit").ClickAsync();
        await row.GetByTestId("unit-input").FillAsync("市财政局");
        await row.GetByTestId("unit-save").ClickAsync();
        await Expect(row.GetByTestId("participant-unit")).ToHaveTextAsync("市财政局");
        Assert.Empty(await Layout.ProblemsAtEverySizeAsync(facilitator, "console-unit", [(820, 1180), (1280, 800)]));

        // The server keeps what the facilitator set.
        var export = await facilitator.APIRequest.GetAsync($"/api/workshops/{code}/export",
            new() { Headers = new Dictionary<string, string> { ["X-Facilitator-Secret"] = secret } });
        using (var json = JsonDocument.Parse(await export.TextAsync()))
            Assert.Contains(json.RootElement.GetProperty("boards")[0].GetProperty("participants").EnumerateArray(),
                p => p.GetProperty("name").GetString() == "李明" && p.GetProperty("unit").GetString() == "市财政局");

        // The next class on this phone: the unit it gave is offered, the name is not.
        var next = await CreateWorkshopAsync(facilitator, "单位：下一期", groups: 1);
        await phone.GotoAsync($"/b/{next}");
        await Expect(phone.GetByTestId("join-unit")).ToHaveValueAsync("市发改委");
        await Expect(phone.GetByTestId("display-name")).ToHaveValueAsync("");
        await facilitator.Context.CloseAsync();
        await phone.Context.CloseAsync();
    }
}
