using System.Text.RegularExpressions;

namespace Whiteboard.EndToEnd.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ConsoleAndProjectorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_console_and_projector_follow_two_groups_from_the_join_screen_to_a_running_stage()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "基层治理研讨班（第三期）", groups: 2);
        await OpenConsoleAsync(facilitator, "王老师");
        await Expect(facilitator.GetByTestId("group-card")).ToHaveCountAsync(2);

        // The projector: a second tab of the facilitator's laptop, before the start — the join screen.
        var projector = await facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/b/{code}/projector");
        await Expect(projector.GetByTestId("projector-join")).ToBeVisibleAsync();
        var qr = projector.GetByTestId("qr-code");
        await Expect(qr).ToBeVisibleAsync();
        await Expect(qr).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await qr.EvaluateAsync<int>("img => img.naturalWidth") > 0, "the QR code image did not load");
        var qrResponse = await projector.Context.APIRequest.GetAsync(await qr.EvaluateAsync<string>("img => img.src"));
        Assert.Equal(200, qrResponse.Status);
        Assert.StartsWith("image/svg+xml", qrResponse.Headers["content-type"]);
        Assert.Contains("<svg", await qrResponse.TextAsync());
        var bigCode = projector.GetByTestId("projector-join").GetByTestId("join-code");
        await Expect(bigCode).ToHaveTextAsync(code);
        Assert.True((await bigCode.BoundingBoxAsync())!.Height >= 48, "the join code is not in large type");
        await Expect(projector.GetByTestId("join-address")).ToContainTextAsync($"/b/{code}");
        await Expect(projector.GetByTestId("joined-count")).ToHaveAttributeAsync("data-count", "0");
        await Screenshots.SaveAsync(projector, "projector-before-start");

        // Two trainees type the code on the start page: a laptop at home, a tablet in the room. They spread over the groups.
        var laptop = await fixture.NewPersonAsync();
        await JoinByCodeAsync(laptop, code, "李明", remote: true);
        var tablet = await fixture.NewTabletPersonAsync();
        await JoinByCodeAsync(tablet, code, "张华");
        await Expect(PeopleGroup(facilitator, 1).GetByTestId("console-participant")).ToHaveTextAsync([new Regex("李明")]);
        await Expect(PeopleGroup(facilitator, 2).GetByTestId("console-participant")).ToHaveTextAsync([new Regex("张华")]);
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-online")).ToHaveTextAsync("1/1");
        await Expect(GroupCard(facilitator, 2).GetByTestId("group-online")).ToHaveTextAsync("1/1");
        await Expect(facilitator.GetByTestId("total-joined")).ToHaveTextAsync("2");
        await Expect(projector.GetByTestId("joined-count")).ToHaveAttributeAsync("data-count", "2");
        await Expect(laptop.GetByTestId("waiting-for-start")).ToBeVisibleAsync();

        // Participants get no stage controls at all, and the console's address leads them back to their board.
        foreach (var trainee in new[] { laptop, tablet })
        {
            await Expect(trainee.GetByTestId("stage-bar")).ToBeVisibleAsync();
            foreach (var control in new[] { "stage-controls", "advance-stage", "lock-stage", "unlock-stage", "reveal-notes", "reveal-votes", "timer-start", "all-groups" })
                await Expect(trainee.GetByTestId(control)).ToHaveCountAsync(0);
        }
        await laptop.EvaluateAsync($"() => Blazor.navigateTo('/b/{code}/console')");
        await Expect(laptop).ToHaveURLAsync(new Regex($"/b/{code}$"));
        await Expect(laptop.GetByTestId("board-canvas")).ToBeVisibleAsync();
        await Expect(laptop.GetByTestId("console")).ToHaveCountAsync(0);

        // The facilitator starts the first stage in both groups; the projector turns to the stage, its prompt and timer.
        await StartStageForAllAsync(facilitator);
        await ExpectStageAsync(laptop, "problem", "Open");
        await ExpectStageAsync(tablet, "problem", "Open");
        await Expect(projector.GetByTestId("projector-stage")).ToHaveAttributeAsync("data-stage-id", "problem");
        await Expect(projector.GetByTestId("stage-title")).ToHaveTextAsync("提出问题");
        await Expect(projector.GetByTestId("stage-prompt")).ToHaveTextAsync("我们面临的真实问题是什么？");
        await Expect(projector.GetByTestId("timer")).ToHaveTextAsync("10:00");
        await Expect(projector.GetByTestId("qr-code")).ToHaveCountAsync(0);
        await Expect(projector.GetByTestId("projector-group")).ToHaveCountAsync(2);

        await AllGroups(facilitator).GetByTestId("timer-start").ClickAsync();
        await Expect(projector.GetByTestId("timer")).ToHaveAttributeAsync("data-state", "running");
        await Expect(projector.GetByTestId("timer")).ToHaveTextAsync(new Regex("^(10:00|09:[0-5][0-9])$"));
        await Expect(tablet.GetByTestId("timer")).ToHaveAttributeAsync("data-running", "true");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-timer")).ToHaveAttributeAsync("data-state", "running");

        // The console counts each group's notes and done flags as the trainees work.
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-notes")).ToHaveTextAsync("0");
        await Expect(GroupCard(facilitator, 2).GetByTestId("group-notes")).ToHaveTextAsync("0");
        await AddNoteAsync(laptop, "上级检查太多，疲于应付");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-notes")).ToHaveTextAsync("1");
        await AddNoteByTouchAsync(tablet, "数据要重复报送");
        await AddNoteByTouchAsync(tablet, "群众诉求渠道分散");
        await Expect(GroupCard(facilitator, 2).GetByTestId("group-notes")).ToHaveTextAsync("2");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-notes")).ToHaveTextAsync("1");
        await tablet.GetByTestId("done-flag").TapAsync();
        await Expect(tablet.GetByTestId("done-flag")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(GroupCard(facilitator, 2).GetByTestId("group-done")).ToHaveTextAsync("1/1");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-done")).ToHaveTextAsync("0/1");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-stage")).ToHaveTextAsync("提出问题");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-votes")).ToHaveTextAsync("暂不公开");
        await Expect(GroupCard(facilitator, 1).GetByTestId("group-thumbnail").Locator("rect")).ToHaveCountAsync(1);
        await Expect(GroupCard(facilitator, 2).GetByTestId("group-thumbnail").Locator("rect")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(facilitator, "console-two-groups");
        await Expect(projector.GetByTestId("projector-group").Nth(1)).ToContainTextAsync("1/1");
        await Screenshots.SaveAsync(projector, "projector-during-stage");

        await tablet.Context.CloseAsync();
        await laptop.Context.CloseAsync();
        await facilitator.Context.CloseAsync();
    }

    /// <summary>Records, from the page's load on, every state the projector's own connection badge shows.</summary>
    private const string WatchTheProjectorsBadge = """
        window.__badge = [];
        new MutationObserver(() => {
            const badge = document.querySelector('[data-testid=projector] [data-testid=connection-status]');
            const state = badge ? badge.getAttribute('data-state') : 'none';
            if (window.__badge.at(-1) !== state) window.__badge.push(state);
        }).observe(document, { subtree: true, childList: true, attributes: true });
        """;

    [Fact]
    public async Task A_projector_opened_at_the_close_of_the_class_never_says_it_is_connecting()
    {
        var facilitator = await fixture.NewPersonAsync();
        var code = await CreateWorkshopAsync(facilitator, "基层治理研讨班（结业）", groups: 1);
        await facilitator.GetByTestId("facilitator-link").ClickAsync();
        await JoinAsync(facilitator, "王老师");
        foreach (var stage in ActionLearningStages)
        {
            await facilitator.GetByTestId("advance-stage").ClickAsync();
            await ExpectStageAsync(facilitator, stage, "Open");
        }
        await facilitator.GetByTestId("advance-stage").ClickAsync(); // the end of the class
        await ExpectStageAsync(facilitator, "summary", "Done");

        // The wall shows the class's end at once from what the laptop kept; joining meanwhile is no news to the room.
        var projector = await facilitator.Context.NewPageAsync();
        await projector.AddInitScriptAsync(WatchTheProjectorsBadge);
        await projector.GotoAsync($"/b/{code}/projector");
        await Expect(projector.GetByTestId("projector-finished")).ToBeVisibleAsync();
        await Expect(projector.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        Assert.DoesNotContain("connecting", await projector.EvaluateAsync<string[]>("() => window.__badge"));

        await facilitator.Context.CloseAsync();
    }
}
