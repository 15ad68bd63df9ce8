using Whiteboard.Client.Workshops;

namespace Whiteboard.Client.Tests.Workshops;

/// <summary>The name a facilitator enters workshops with, kept by the browser: changeable where the next workshop is opened.</summary>
public class KeptNameLineTests : WorkshopTestContext
{
    [Fact]
    public void Nothing_shows_before_a_name_was_ever_given()
    {
        var cut = Render<KeptNameLine>();

        Assert.Empty(cut.FindAll("[data-testid=kept-name]"));
    }

    [Fact]
    public void The_kept_name_is_shown_and_changed_for_the_next_workshop()
    {
        LocalStorage.Items["wb.entry-name"] = "\"王老帅\"";
        var cut = Render<KeptNameLine>();

        Assert.Equal("王老帅", cut.Find("[data-testid=kept-name-value]").TextContent);
        cut.Find("[data-testid=change-kept-name]").Click();
        cut.Find("[data-testid=kept-name-input]").Input("  王老师 ");
        cut.Find("form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("王老师", cut.Find("[data-testid=kept-name-value]").TextContent));
        Assert.Equal("\"王老师\"", LocalStorage.Items["wb.entry-name"]);
    }

    [Fact]
    public void An_empty_name_is_refused_and_the_kept_one_stays()
    {
        LocalStorage.Items["wb.entry-name"] = "\"王老师\"";
        var cut = Render<KeptNameLine>();

        cut.Find("[data-testid=change-kept-name]").Click();
        cut.Find("[data-testid=kept-name-input]").Input(" ");
        cut.Find("form").Submit();

        Assert.Equal("请填写你的名字。", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Equal("\"王老师\"", LocalStorage.Items["wb.entry-name"]);
    }
}
