namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Where am I (rule W3): a trainee always sees their group in the header; when the facilitator moves them, they are told,
/// and what they wrote in the group they left stays findable.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupMoveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_moved_trainee_is_told_and_keeps_what_they_wrote_in_the_old_group()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "调组测试", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");
        var phone = await fixture.NewPersonAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true });
        await JoinByCodeAsync(phone, code, "李明");
        var from = await phone.GetByTestId("my-group").InnerTextAsync();
        Assert.Matches("^第 [12] 组$", from.Trim());
        var fromGroup = from.Contains('1') ? 1 : 2;
        var toGroup = 3 - fromGroup;
        await StartStageForAllAsync(facilitator);
        await AddNoteByTouchAsync(phone, "审批环节太多");

        var li = PeopleGroup(facilitator, fromGroup).GetByTestId("console-participant").Filter(new() { HasText = "李明" });
        await li.GetByTestId("move-menu").ClickAsync();
        await li.Locator($"[data-testid=move-participant][data-group-number='{toGroup}']").ClickAsync();

        await Expect(phone.GetByTestId("my-group")).ToHaveTextAsync($"第 {toGroup} 组");
        var notice = phone.GetByTestId("moved-notice");
        await Expect(notice).ToContainTextAsync($"促进师把你从第 {fromGroup} 组调到了第 {toGroup} 组");
        await Expect(phone.GetByTestId("note")).ToHaveCountAsync(0); // the old group's notes are not on this board
        await notice.GetByTestId("moved-notes").Locator("summary").TapAsync();
        await Expect(notice.GetByTestId("moved-note")).ToHaveTextAsync(["审批环节太多"]);
        await Screenshots.SaveAsync(phone, "board-moved-phone");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "the phone's board scrolls sideways");

        // It stays until read, across a reload; then it is put away for good.
        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("moved-notice")).ToBeVisibleAsync();
        await phone.GetByTestId("dismiss-moved").TapAsync();
        await Expect(phone.GetByTestId("moved-notice")).ToHaveCountAsync(0);
        await phone.ReloadAsync();
        await Expect(phone.GetByTestId("my-group")).ToHaveTextAsync($"第 {toGroup} 组");
        await Expect(phone.GetByTestId("moved-notice")).ToHaveCountAsync(0);
        await phone.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }
}
