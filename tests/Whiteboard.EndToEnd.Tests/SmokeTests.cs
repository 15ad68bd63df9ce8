using Whiteboard.EndToEnd.Tests.Support;

namespace Whiteboard.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_start_page_loads()
    {
        var page = await fixture.NewPersonAsync();
        await page.GotoAsync("/");
        await page.WaitForSelectorAsync("h1");
        await Screenshots.SaveAsync(page, "smoke");
    }
}
