using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rule A8: a later workshop made "from" an earlier one brings the earlier one's open action items into its
/// Reflection stage, so the cohort reflects on what actually happened.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowOnWorkshopTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_workshop_made_from_an_earlier_one_shows_its_open_action_items_in_Reflection()
    {
        var s = await RunToActionAsync(fixture, "处级干部进修班 · 第一期", withTablet: false);
        // 李明's item is done by now; 赵处长's is stuck. Only the open one is carried.
        const string progress = "分管领导出差，汇报推迟";
        var outsider = ActionItemById(s.Facilitator, s.OutsiderActionId);
        await outsider.GetByTestId("action-status").SelectOptionAsync("Blocked");
        await outsider.GetByTestId("edit-progress").ClickAsync();
        await outsider.GetByTestId("action-progress").FillAsync(progress);
        await outsider.GetByTestId("save-progress").ClickAsync();
        await ActionItemById(s.Li, s.LiActionId).GetByTestId("action-status").SelectOptionAsync("Done");
        await Expect(ActionItemById(s.Facilitator, s.LiActionId)).ToHaveAttributeAsync("data-status", "Done");
        await Expect(ActionItemById(s.Li, s.OutsiderActionId).GetByTestId("action-progress-text")).ToHaveTextAsync(progress);

        // A month later, in the same browser (it keeps the earlier workshop's facilitator secret), the next workshop.
        var facilitator = s.Facilitator;
        var code = await CreateWorkshopFromAsync(facilitator, "处级干部进修班 · 第二期", groups: 1, s.Code);
        Assert.NotEqual(s.Code, code);
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await ExpectStraightInAsync(facilitator); // the name given in the earlier workshop
        await OpenAndJoinAsync(s.Li, code, LiName); // the same trainee, back in the room
        foreach (var stage in new[] { "problem", "plan", "action" })
        {
            await facilitator.GetByTestId("advance-stage").ClickAsync();
            await ExpectStageAsync(s.Li, stage, "Open");
            await Expect(s.Li.GetByTestId("carried-actions")).ToHaveCountAsync(0); // Reflection's, nowhere else
        }
        await Expect(s.Li.GetByTestId("action-item")).ToHaveCountAsync(0); // the new workshop's own list starts empty

        await facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in new[] { facilitator, s.Li })
        {
            await ExpectStageAsync(page, "reflection", "Open");
            var carried = page.GetByTestId("carried-actions").GetByTestId("carried-action");
            await Expect(carried).ToHaveCountAsync(1);
            await Expect(carried).ToHaveAttributeAsync("data-action-id", s.OutsiderActionId);
            await Expect(carried).ToHaveAttributeAsync("data-status", "Blocked");
            await Expect(carried).ToContainTextAsync(OutsiderAction);
            await Expect(carried).ToContainTextAsync(OutsiderName);
            await Expect(carried).ToContainTextAsync(progress);
            await Expect(carried).ToContainTextAsync($"{Day(s.OutsiderDue)} 前完成");
            await Expect(carried).ToContainTextAsync("第 1 组");
            await Expect(carried).ToContainTextAsync("受阻");
            await Expect(page.GetByTestId("carried-actions")).Not.ToContainTextAsync(LiAction);
        }
        await Screenshots.SaveAsync(s.Li, "after-class-follow-on-reflection");

        // The new workshop's case report names them too, as what the cohort came back to.
        await facilitator.GetByTestId("open-console").ClickAsync();
        var download = await facilitator.RunAndWaitForDownloadAsync(() => facilitator.GetByTestId("export-report-md").ClickAsync());
        var report = await File.ReadAllTextAsync(await download.PathAsync());
        var line = Assert.Single(report.Split('\n'), l => l.Contains(OutsiderAction, StringComparison.Ordinal));
        foreach (var part in new[] { OutsiderName, Day(s.OutsiderDue), "受阻", "第 1 组" }) Assert.Contains(part, line);
        Assert.DoesNotContain(LiAction, report);
        await s.CloseAsync();
    }

    [Fact]
    public async Task A_browser_that_is_not_the_earlier_workshops_facilitator_needs_its_facilitator_link_to_carry_its_actions()
    {
        var earlier = await fixture.NewPersonAsync();
        var earlierCode = await CreateWorkshopAsync(earlier, "处级干部进修班 · 第一期", groups: 1);
        var stranger = await fixture.NewPersonAsync();
        await stranger.GotoAsync("/");
        await stranger.GetByTestId("new-workshop-title").FillAsync("别人的班");
        await stranger.GetByTestId("new-workshop-from").FillAsync(earlierCode);
        await stranger.GetByTestId("create-workshop").ClickAsync();
        await Expect(stranger.GetByTestId("from-not-facilitator")).ToContainTextAsync(earlierCode);
        await Expect(stranger.GetByTestId("created-workshop")).ToHaveCountAsync(0);

        // The same facilitator on another computer pastes the earlier workshop's facilitator link instead of its code.
        var link = (await earlier.GetByTestId("facilitator-link").GetAttributeAsync("href"))!;
        await stranger.GetByTestId("new-workshop-from").FillAsync(new Uri(new Uri(earlier.Url), link).ToString());
        await stranger.GetByTestId("create-workshop").ClickAsync();
        await Expect(stranger.GetByTestId("created-workshop")).ToBeVisibleAsync();
        await stranger.Context.CloseAsync();
        await earlier.Context.CloseAsync();
    }
}
