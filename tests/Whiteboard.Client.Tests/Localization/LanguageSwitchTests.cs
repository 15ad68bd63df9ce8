using Microsoft.AspNetCore.Components;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Connection;
using Whiteboard.Client.Localization;

namespace Whiteboard.Client.Tests.Localization;

public class LanguageSwitchTests : ClientTestContext
{
    private IRenderedComponent<LanguageRoot> RenderScreen() => Render<LanguageRoot>(p => p.Add(r => r.ChildContent, (RenderFragment)(b =>
    {
        b.OpenComponent<LanguageSwitch>(0);
        b.CloseComponent();
        b.OpenComponent<ConnectionStatus>(1);
        b.AddAttribute(2, nameof(ConnectionStatus.State), ConnectionState.Online);
        b.CloseComponent();
        b.OpenComponent<ErrorMessage>(3);
        b.AddAttribute(4, nameof(ErrorMessage.Code), (RejectionCode?)RejectionCode.NoteTextTooLong);
        b.CloseComponent();
    })));

    [Fact]
    public void Switching_changes_every_string_from_Chinese_to_English_and_back()
    {
        var cut = RenderScreen();
        Assert.Equal("已连接", cut.Find(".status-text").TextContent);

        cut.Find("[data-testid=language-switch]").Click();

        cut.WaitForAssertion(() => Assert.Equal("Online", cut.Find(".status-text").TextContent));
        Assert.Contains("500", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.DoesNotContain("便签", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Equal("中文", cut.Find("[data-testid=language-switch]").TextContent.Trim());

        cut.Find("[data-testid=language-switch]").Click();

        cut.WaitForAssertion(() => Assert.Equal("已连接", cut.Find(".status-text").TextContent));
        Assert.Equal("便签最多 500 个字。", cut.Find("[data-testid=error-message] span").TextContent);
    }

    [Fact]
    public void The_choice_is_remembered_and_sets_the_page_language()
    {
        var cut = RenderScreen();

        cut.Find("[data-testid=language-switch]").Click();

        Assert.Equal(["wb.language", "en"], JSInterop.VerifyInvoke("localStorage.setItem").Arguments);
        Assert.Contains(JSInterop.Invocations["document.documentElement.setAttribute"], i => i.Arguments.SequenceEqual(["lang", "en"]));
    }
}
