using System.Text.RegularExpressions;
using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Rules A1–A6 on the board: in the Action stage notes become action items and items are added from scratch, everyone sees them
/// with their owners, dates and how they stand, live; in the Summary stage the group writes its summary.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ActionItemsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_trainee_makes_his_note_an_action_item_updates_it_and_everyone_sees_the_items_and_the_summary_live()
    {
        var s = await RunToActionAsync(fixture, "处级干部进修班 · 行动学习", withTablet: true);
        var zhang = s.Zhang!;

        // Both items on every screen, in the order they were made, with owner, due date and the overdue mark (rule A6).
        foreach (var page in s.Everyone)
        {
            var items = page.GetByTestId("action-list").GetByTestId("action-item");
            await Expect(items).ToHaveCountAsync(2);
            await Expect(items.GetByTestId("action-what-text")).ToHaveTextAsync([LiAction, OutsiderAction]);
            await Expect(items.GetByTestId("action-owner-text")).ToHaveTextAsync([LiName, OutsiderName]);
            var li = ActionItemById(page, s.LiActionId);
            await Expect(li).ToHaveAttributeAsync("data-status", "NotStarted");
            await Expect(li).ToHaveAttributeAsync("data-overdue", "false");
            await Expect(li).ToHaveAttributeAsync("data-pending", "false");
            await Expect(li.GetByTestId("action-due-text")).ToHaveTextAsync($"{Day(s.LiDue)} 前完成");
            var outsider = ActionItemById(page, s.OutsiderActionId);
            await Expect(outsider).ToHaveAttributeAsync("data-overdue", "true");
            await Expect(outsider.GetByTestId("overdue-badge")).ToHaveTextAsync("已逾期");
            await Expect(outsider.GetByTestId("action-due-text")).ToHaveTextAsync($"{Day(s.OutsiderDue)} 前完成");
        }

        // Who may report how an item stands: its owner and the facilitator; 张华 reads the status of 李明's item only.
        await Expect(ActionItemById(s.Li, s.LiActionId).GetByTestId("action-status")).ToBeVisibleAsync();
        await Expect(ActionItemById(s.Li, s.OutsiderActionId).GetByTestId("action-status")).ToHaveCountAsync(0);
        await Expect(ActionItemById(zhang, s.LiActionId).GetByTestId("action-status")).ToHaveCountAsync(0);
        await Expect(ActionItemById(zhang, s.LiActionId).GetByTestId("action-status-text")).ToHaveTextAsync("未开始");
        await Expect(ActionItemById(s.Facilitator, s.OutsiderActionId).GetByTestId("action-status")).ToBeVisibleAsync();
        // Only the owner gets the link to his own follow-up page; 张华 owns nothing.
        await Expect(s.Li.GetByTestId("my-follow-up")).ToHaveAttributeAsync("href", new Regex("^f#t=[^/#]+$"));
        await Expect(s.Li.GetByTestId("my-actions")).ToContainTextAsync("1");
        await Expect(zhang.GetByTestId("my-follow-up")).ToHaveCountAsync(0);
        // The Plan stage's top-voted ideas sit above the items, ranked as the revealed votes say, one tap from being an item.
        foreach (var page in s.Everyone)
            await Expect(page.GetByTestId("top-idea").Locator(".idea")).ToHaveTextAsync(PlansByVotes);
        await Expect(s.Li.GetByTestId("make-action-from-idea")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(s.Li, "after-class-action-stage");

        // A revealed note of an earlier stage becomes an item too, by tap on the tablet (rule A1); one never revealed does
        // not, not even for its author.
        await PressAsync(s.Li, s.Li.GetByTestId("stage-problem"));
        await Note(s.Li, LiUnrevealedProblem).ClickAsync();
        await Expect(Note(s.Li, LiUnrevealedProblem).GetByTestId("private-badge")).ToBeVisibleAsync();
        await Expect(s.Li.GetByTestId("make-action")).ToHaveCountAsync(0);
        await Note(s.Li, LiProblem).ClickAsync();
        await Expect(Note(s.Li, LiProblem).GetByTestId("make-action")).ToBeVisibleAsync();
        await PressAsync(s.Li, s.Li.GetByTestId("stage-action"));
        await PressAsync(zhang, zhang.GetByTestId("stage-problem"));
        await PressAsync(zhang, Note(zhang, ZhangProblem));
        await PressAsync(zhang, Note(zhang, ZhangProblem).GetByTestId("make-action"));
        var editor = zhang.GetByTestId("action-editor");
        await Expect(editor.GetByTestId("action-what")).ToHaveValueAsync(ZhangProblem);
        await Expect(editor.GetByTestId("action-owner")).ToHaveValueAsync(""); // written anonymously: nobody is guessed
        await Expect(editor.GetByTestId("save-action")).ToBeDisabledAsync();
        const string zhangAction = "建立基层问题台账，专人跟进";
        await editor.GetByTestId("action-what").FillAsync(zhangAction);
        await editor.GetByTestId("action-owner").SelectOptionAsync(new SelectOptionValue { Label = ZhangName });
        await editor.GetByTestId("save-action").TapAsync();
        await PressAsync(zhang, zhang.GetByTestId("stage-action"));
        await Expect(ActionItem(zhang, zhangAction)).ToHaveAttributeAsync("data-pending", "false");
        foreach (var page in s.Everyone)
        {
            await Expect(page.GetByTestId("action-item")).ToHaveCountAsync(3);
            await Expect(ActionItem(page, zhangAction).GetByTestId("action-owner-text")).ToHaveTextAsync(ZhangName);
            await Expect(ActionItem(page, zhangAction).GetByTestId("action-due-text")).ToHaveTextAsync("未定完成日期");
        }
        await Expect(zhang.GetByTestId("my-follow-up")).ToBeVisibleAsync();

        // The classroom screen shows the plan as it is agreed: a second tab of the facilitator's laptop.
        var projector = await s.Facilitator.Context.NewPageAsync();
        await projector.SetViewportSizeAsync(1280, 720);
        await projector.GotoAsync($"/b/{s.Code}/projector");
        var plan = projector.GetByTestId("projected-actions");
        await Expect(plan.GetByTestId("projected-action").Locator(".what")).ToHaveTextAsync([LiAction, OutsiderAction, zhangAction]);
        await Expect(plan.GetByTestId("projected-action").First.Locator(".who")).ToHaveTextAsync($"{LiName} · {Day(s.LiDue)} 前完成");
        await Screenshots.SaveAsync(projector, "after-class-projector-action-plan");

        // The owner says it is under way and how: the others see both, without reloading.
        await ActionItemById(s.Li, s.LiActionId).GetByTestId("action-status").SelectOptionAsync("InProgress");
        foreach (var page in s.Everyone)
            await Expect(ActionItemById(page, s.LiActionId)).ToHaveAttributeAsync("data-status", "InProgress");
        await Expect(ActionItemById(zhang, s.LiActionId).GetByTestId("action-status-text")).ToHaveTextAsync("进行中");
        const string progress = "已梳理出 37 项审批事项，其中 12 项可并联";
        var mine = ActionItemById(s.Li, s.LiActionId);
        await mine.GetByTestId("edit-progress").ClickAsync();
        await mine.GetByTestId("action-progress").FillAsync(progress);
        await mine.GetByTestId("save-progress").ClickAsync();
        foreach (var page in s.Everyone)
            await Expect(ActionItemById(page, s.LiActionId).GetByTestId("action-progress-text")).ToHaveTextAsync(progress);
        await Expect(ActionItemById(zhang, s.LiActionId)).ToHaveAttributeAsync("data-status", "InProgress"); // the note kept the status
        // The facilitator reports for 赵处长, who is not in the class.
        await ActionItemById(s.Facilitator, s.OutsiderActionId).GetByTestId("action-status").SelectOptionAsync("Blocked");
        await Expect(ActionItemById(zhang, s.OutsiderActionId)).ToHaveAttributeAsync("data-status", "Blocked");
        await Expect(ActionItemById(zhang, s.OutsiderActionId).GetByTestId("action-status-text")).ToHaveTextAsync("受阻");

        // ---- Summary: 李明 writes it for the group; the others' editors follow while the stage is open …
        await AdvanceAsync(s, "reflection");
        await AdvanceAsync(s, "summary");
        foreach (var page in s.Everyone) await Expect(page.GetByTestId("summary-editor")).ToHaveValueAsync("");
        const string first = "本组聚焦审批流程过长。\n行动：两周内拿出精简方案，问题建台账、每周通报。";
        const string addition = "补充：每月回头看一次落实情况。";
        await zhang.GetByTestId("summary-editor").FillAsync(addition); // 张华 drafts at the same time, unsaved
        await WriteSummaryAsync(s.Li, first);
        await Expect(s.Li.GetByTestId("summary-state")).ToHaveTextAsync("已保存");
        await Expect(s.Facilitator.GetByTestId("summary-editor")).ToHaveValueAsync(first);
        // 张华's words stay in his editor; he is told what was saved meanwhile, and merges.
        await Expect(zhang.GetByTestId("summary-changed")).ToContainTextAsync("本组聚焦审批流程过长。");
        await Expect(zhang.GetByTestId("summary-editor")).ToHaveValueAsync(addition);
        await Expect(zhang.GetByTestId("summary-state")).ToHaveAttributeAsync("data-saved", "false");
        await Screenshots.SaveAsync(zhang, "after-class-summary-tablet-changed-meanwhile");
        var summary = first + "\n" + addition;
        await WriteSummaryAsync(zhang, summary);
        await Expect(zhang.GetByTestId("summary-changed")).ToHaveCountAsync(0);
        await Expect(s.Li.GetByTestId("summary-editor")).ToHaveValueAsync(summary);
        await Expect(s.Facilitator.GetByTestId("summary-editor")).ToHaveValueAsync(summary);
        await Expect(s.Li.GetByTestId("summary-state")).ToHaveAttributeAsync("data-saved", "true");
        // The classroom screen shows the group's summary for the closing round.
        await Expect(projector.GetByTestId("projected-summary").Locator(".summary")).ToHaveTextAsync(summary);
        await Screenshots.SaveAsync(projector, "after-class-projector-summary");

        // … and once the session is finished everyone reads it, and the items still take updates (rule A4).
        await s.Facilitator.GetByTestId("advance-stage").ClickAsync();
        foreach (var page in s.Everyone)
        {
            await ExpectStageAsync(page, "summary", "Done");
            await Expect(page.GetByTestId("summary-text")).ToHaveTextAsync(summary);
            await Expect(page.GetByTestId("summary-editor")).ToHaveCountAsync(0);
        }
        await Expect(projector.GetByTestId("projector-finished").GetByTestId("projected-action")).ToHaveCountAsync(3);
        await projector.CloseAsync();
        await PressAsync(s.Li, s.Li.GetByTestId("stage-action"));
        await ActionItemById(s.Li, s.LiActionId).GetByTestId("action-status").SelectOptionAsync("Done");
        await PressAsync(zhang, zhang.GetByTestId("stage-action"));
        await Expect(ActionItemById(zhang, s.LiActionId)).ToHaveAttributeAsync("data-status", "Done");
        await Expect(ActionItemById(zhang, s.LiActionId).GetByTestId("action-progress-text")).ToHaveTextAsync(progress);
        await s.CloseAsync();
    }

    [Fact]
    public async Task An_action_item_half_written_when_the_tablet_reloads_is_still_in_the_editor()
    {
        var page = await fixture.NewTabletPersonAsync();
        await FacilitatorAloneAtActionAsync(page, "处级干部进修班 · 草稿", "ZhCn", OutsiderAction, OutsiderName, DateOnly.FromDateTime(DateTime.Today.AddDays(7)));
        await PressAsync(page, page.GetByTestId("add-action"));
        var editor = page.GetByTestId("action-editor");
        const string what = "下周一前把台账模板发给各组";
        await editor.GetByTestId("action-what").FillAsync(what);
        await editor.GetByTestId("action-owner").SelectOptionAsync("other");
        await editor.GetByTestId("action-owner-name").FillAsync(OutsiderName);

        await page.ReloadAsync();

        await Expect(editor.GetByTestId("action-what")).ToHaveValueAsync(what);
        await Expect(editor.GetByTestId("action-owner")).ToHaveValueAsync("other");
        await Expect(editor.GetByTestId("action-owner-name")).ToHaveValueAsync(OutsiderName);
        await PressAsync(page, editor.GetByTestId("save-action"));
        await Expect(ActionItem(page, what)).ToHaveAttributeAsync("data-pending", "false");
        await page.ReloadAsync();
        await Expect(ActionItem(page, what)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("action-editor")).ToHaveCountAsync(0); // saved: nothing comes back
        await page.Context.CloseAsync();
    }
}
