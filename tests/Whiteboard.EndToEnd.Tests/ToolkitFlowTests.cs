using System.Text;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// The facilitator's toolkit end to end, all by touch: a facilitator on an upright tablet designs a fishbone → 2×2 →
/// action plan flow (rule F4); three trainees on a tablet and two phones tap causes onto bones, and the facilitator drags
/// one to another with a finger (Z1, Z2); they ask and answer on a cause once questioning is on (ST11, Q1, Q2), tap ideas
/// into the impact × feasibility quadrants, rate them on the facilitator's weighted criteria (R1–R5), and the action plan
/// gets its item (A1). The case report reads the flow as its method does: causes by bone, ideas by quadrant, the thread,
/// the ranked ratings with their criteria.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ToolkitFlowTests(BrowserFixture fixture)
{
    private static readonly (int Width, int Height) Tablet = (820, 1180);
    private static readonly (int Width, int Height) Phone = (390, 844);

    private const string Title = "基层减负专题研讨";
    private const string Head = "基层填报负担重";

    /// <summary>Causes, each tapped onto its bone; 赵强's onto 资源, then dragged by the facilitator onto 人员.</summary>
    private const string LiCause = "同一组数据要向五个部门重复报";
    private const string ZhangCause = "考核只看报表交了没有";
    private const string ZhaoCause = "村里只有两名专职干部";

    private const string Question = "五个部门都要哪些数据？";
    private const string Answer = "人口、低保、党员、安全生产四类";

    /// <summary>Ideas, each in its quadrant: 攻坚项目 (major-projects), 速赢 (quick-wins), 顺手做 (fill-ins).</summary>
    private const string Platform = "建立跨部门数据共享平台";
    private const string Template = "统一报表模板，一表通用";
    private const string Checklist = "每月公布各部门填报清单";

    private const string Action = "两周内拿出统一报表模板初稿";

    [Fact]
    public async Task A_facilitator_on_a_tablet_runs_fishbone_matrix_and_action_plan_with_three_touch_trainees_and_the_report_follows_it()
    {
        var facilitator = await fixture.NewTouchPersonAsync(Tablet);
        var code = await CreateFlowWorkshopAsync(facilitator, Title, "impact-feasibility", DesignAsync);
        await PressAsync(facilitator, facilitator.GetByTestId("facilitator-link"));
        await JoinAsync(facilitator, "王老师");
        var li = await fixture.NewTouchPersonAsync(Tablet);
        await JoinByCodeAsync(li, code, "李明");
        var zhang = await fixture.NewTouchPersonAsync(Phone);
        await JoinByCodeAsync(zhang, code, "张华");
        var zhao = await fixture.NewTouchPersonAsync(Phone);
        await JoinByCodeAsync(zhao, code, "赵强");
        IPage[] everyone = [facilitator, li, zhang, zhao];
        await Expect(facilitator.GetByTestId("participant")).ToHaveCountAsync(4);

        // ---- The fishbone: its bones and the designed head on every screen (rule Z1).
        await AdvanceToAsync(everyone, "criteria");
        foreach (var page in everyone)
        {
            await Expect(page.GetByTestId("zone-layer")).ToHaveAttributeAsync("data-canvas", "Fishbone");
            await Expect(page.GetByTestId("zone")).ToHaveCountAsync(6);
            await Expect(page.GetByTestId("fish-head")).ToContainTextAsync(Head);
        }
        // Rule ST11: the designed step takes no questions; the facilitator turns them on for it.
        await SetStageSettingAsync(facilitator, "setting-questions");

        var liCause = await AddNoteByTouchAsync(li, LiCause, "process");
        var zhangCause = await AddNoteByTouchAsync(zhang, ZhangCause, "rules");
        var zhaoCause = await AddNoteByTouchAsync(zhao, ZhaoCause, "resources");
        await ExpectOnZoneAsync(facilitator, zhaoCause, "resources");

        // Rules N6, Z2: the facilitator drags 赵强's cause onto the people bone with a finger; every screen has it there.
        await PressAsync(facilitator, facilitator.GetByTestId("zoom-fit"));
        var from = (await NodeOf(facilitator, zhaoCause).GetByTestId("note-text").BoundingBoxAsync())!;
        var to = (await facilitator.Locator("[data-testid=zone][data-zone-id=people]").BoundingBoxAsync())!;
        var hand = await Hand.OfAsync(facilitator);
        Assert.True(hand.IsTouch);
        await hand.StrokeAsync([(from.X + from.Width / 2, from.Y + from.Height / 2), (to.X + to.Width / 2, to.Y + to.Height / 2)], 12);
        foreach (var page in everyone)
        {
            await ExpectOnZoneAsync(page, zhaoCause, "people");
            await ExpectOnZoneAsync(page, liCause, "process");
            await ExpectOnZoneAsync(page, zhangCause, "rules");
        }
        var problems = new List<string>();
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(li, "toolkit-fishbone-tablet", [Tablet]));
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(zhang, "toolkit-fishbone-phone", [Phone]));
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(facilitator, "toolkit-fishbone-facilitator", [Tablet]));

        // Rules Q1, Q2: 张华 asks on 李明's cause from his phone; 李明 answers on his tablet; the thread is live on both.
        await BringIntoViewAsync(zhang, NoteById(zhang, liCause));
        await PressAsync(zhang, NoteById(zhang, liCause));
        await PressAsync(zhang, NoteById(zhang, liCause).GetByTestId("ask-question"));
        var askSheet = zhang.GetByTestId("question-sheet");
        await askSheet.GetByTestId("question-input").FillAsync(Question);
        await PressAsync(zhang, askSheet.GetByTestId("send-question"));
        await Expect(askSheet.GetByTestId("question-text")).ToHaveTextAsync(Question);
        var count = NoteById(li, liCause).GetByTestId("question-count");
        await Expect(count).ToHaveTextAsync("? 1");
        await BringIntoViewAsync(li, count);
        // The note is tapped first: on a touch screen a tap on a button of a note not yet selected opened nothing here.
        await PressAsync(li, NoteById(li, liCause).GetByTestId("note-text"));
        await PressAsync(li, count);
        var answerSheet = li.GetByTestId("question-sheet");
        await answerSheet.GetByTestId("answer-input").FillAsync(Answer);
        await PressAsync(li, answerSheet.GetByTestId("send-answer"));
        await Expect(askSheet.GetByTestId("answer-text")).ToHaveTextAsync(Answer);
        await Screenshots.SaveAsync(zhang, "toolkit-question-phone");
        await Screenshots.SaveAsync(li, "toolkit-question-tablet");
        await PressAsync(zhang, askSheet.GetByTestId("close-questions"));
        await PressAsync(li, answerSheet.GetByTestId("close-questions"));

        // ---- The 2×2: impact up, feasibility across; each trainee taps their idea into its quadrant (privately).
        await AdvanceToAsync(everyone, "place");
        foreach (var page in everyone)
        {
            await Expect(page.GetByTestId("zone-layer")).ToHaveAttributeAsync("data-canvas", "Matrix");
            await Expect(page.GetByTestId("zone")).ToHaveCountAsync(4);
        }
        var platform = await AddNoteByTouchAsync(li, Platform, "major-projects");
        var template = await AddNoteByTouchAsync(zhang, Template, "quick-wins");
        var checklist = await AddNoteByTouchAsync(zhao, Checklist, "fill-ins");
        await Expect(facilitator.GetByTestId("note")).ToHaveCountAsync(3);

        // Rule R1: before the first score the facilitator weighs the designed criteria for this class: feasibility ×3.
        await PressAsync(facilitator, facilitator.GetByTestId("edit-criteria"));
        var criteria = facilitator.GetByTestId("criterion-edit");
        await Expect(criteria).ToHaveCountAsync(2);
        await Expect(criteria.Nth(0).GetByTestId("criterion-name")).ToHaveValueAsync("重要性");
        await Expect(criteria.Nth(0).GetByTestId("criterion-weight")).ToHaveValueAsync("2");
        await Expect(criteria.Nth(1).GetByTestId("criterion-name")).ToHaveValueAsync("可行性");
        await Expect(criteria.Nth(1).GetByTestId("criterion-weight")).ToHaveValueAsync("1");
        await criteria.Nth(1).GetByTestId("criterion-weight").SelectOptionAsync("3");
        await Screenshots.SaveAsync(facilitator, "toolkit-criteria-tablet");
        await PressAsync(facilitator, facilitator.GetByTestId("save-criteria"));
        await Expect(facilitator.GetByTestId("criteria-dialog")).ToHaveCountAsync(0);

        await PressAsync(facilitator, facilitator.GetByTestId("reveal-notes"));
        foreach (var page in everyone)
        {
            await Expect(page.GetByTestId("note")).ToHaveCountAsync(3);
            await ExpectOnZoneAsync(page, platform, "major-projects");
            await ExpectOnZoneAsync(page, template, "quick-wins");
            await ExpectOnZoneAsync(page, checklist, "fill-ins");
        }
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(zhao, "toolkit-matrix-phone", [Phone]));

        // Rules R2, R4: (importance, feasibility) from each trainee, by touch.
        var scores = new (IPage Page, (string Note, int Importance, int Feasibility)[] Sheets)[]
        {
            (li, [(platform, 5, 2), (template, 4, 5), (checklist, 2, 4)]),
            (zhang, [(platform, 4, 2), (template, 5, 4), (checklist, 3, 5)]),
            (zhao, [(platform, 5, 1), (template, 4, 4), (checklist, 2, 3)]),
        };
        foreach (var (page, sheets) in scores)
        {
            foreach (var (note, importance, feasibility) in sheets)
            {
                await BringIntoViewAsync(page, NoteById(page, note));
                await PressAsync(page, NoteById(page, note).GetByTestId("note-text"));
                await RateAsync(page, note, ("importance", importance), ("feasibility", feasibility));
                if (page == zhao && note == template) await Screenshots.SaveAsync(page, "toolkit-rating-sheet-phone");
                await PressAsync(page, page.GetByTestId("done-rating"));
            }
        }
        await PressAsync(facilitator, facilitator.GetByTestId("reveal-ratings"));

        // Rule R5, weighted (2 × importance + 3 × feasibility) / 5: 模板 4.33, 清单 (2 × 7/3 + 3 × 4) / 5 = 3.33, 平台
        // (2 × 14/3 + 3 × 5/3) / 5 = 2.87. The usual weights (2, 1) would put 平台 (3.67) before 清单 (2.89).
        foreach (var page in everyone)
        {
            await PressAsync(page, page.GetByTestId("rating-results-toggle"));
            var rows = page.GetByTestId("rating-result-row");
            await Expect(rows).ToHaveCountAsync(3);
            string[] order = [template, checklist, platform];
            string[] means = ["4.33", "3.33", "2.87"];
            for (var i = 0; i < 3; i++)
            {
                await Expect(rows.Nth(i)).ToHaveAttributeAsync("data-target-id", order[i]);
                await Expect(rows.Nth(i)).ToHaveAttributeAsync("data-weighted-mean", means[i]);
            }
        }
        await Screenshots.SaveAsync(zhang, "toolkit-rating-results-phone");
        await Screenshots.SaveAsync(facilitator, "toolkit-rating-results-tablet");
        foreach (var page in everyone) await PressAsync(page, page.GetByTestId("close-rating-results"));

        // ---- The action plan: the facilitator gives 李明 the chosen idea's first step; everyone sees it.
        await AdvanceToAsync(everyone, "commit");
        var due = DateOnly.FromDateTime(DateTime.Today.AddDays(14));
        var actionId = await AddActionForParticipantAsync(facilitator, Action, "李明", due);
        await Expect(ActionItemById(li, actionId).GetByTestId("action-what-text")).ToHaveTextAsync(Action);
        await Screenshots.SaveAsync(facilitator, "toolkit-action-tablet");
        await Screenshots.SaveAsync(li, "toolkit-action-tablet-trainee");
        // A step that takes no notes draws no empty canvas (ST10): the action items have the board, at every size.
        await Expect(li.GetByTestId("board-canvas")).ToBeHiddenAsync();
        problems.AddRange(await Layout.ProblemsAtEverySizeAsync(li, "toolkit-action-trainee"));

        // ---- The case report, from the console on the facilitator's tablet.
        var console = await facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{code}/console");
        var (_, mdBytes) = await DownloadAsync(console, "export-report-md");
        var md = Encoding.UTF8.GetString(mdBytes).Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var report = string.Join('\n', md);

        // Rule Z2: the causes by bone under the fishbone's head, the ideas by quadrant under the matrix's axes.
        var bones = Zones(md, "### 分骨找原因：按鱼骨分类的原因", out var head);
        Assert.Equal($"鱼头（问题）：{Head}", head);
        Assert.Equal(["政策", "制度", "人员", "流程", "资源", "环境"], bones.Keys);
        Assert.Equal([ZhangCause], bones["制度"]);
        Assert.Equal([ZhaoCause], bones["人员"]);
        Assert.Equal([LiCause], bones["流程"]);
        foreach (var empty in new[] { "政策", "资源", "环境" }) Assert.Empty(bones[empty]);
        var quadrants = Zones(md, "### 放置方案：按象限", out var axes);
        Assert.Equal("纵轴：影响；横轴：可行性", axes);
        Assert.Equal(["攻坚项目", "速赢", "暂缓", "顺手做"], quadrants.Keys);
        Assert.Equal([Platform], quadrants["攻坚项目"]);
        Assert.Equal([Template], quadrants["速赢"]);
        Assert.Empty(quadrants["暂缓"]);
        Assert.Equal([Checklist], quadrants["顺手做"]);

        // Rules Q2, Q5: the question under its note, the answer under the question.
        var asked = md.FindIndex(l => l.StartsWith($"- {LiCause}", StringComparison.Ordinal));
        Assert.True(asked >= 0 && md.IndexOf("### 提问与回答") is var q && q >= 0 && q < asked, $"no thread on {LiCause} under 提问与回答:\n{report}");
        Assert.Equal($"  - 问：{Question}", md[asked + 1]);
        Assert.Equal($"    - 答：{Answer}", md[asked + 2]);

        // Rule R5: the ranked table with the criteria as weighed.
        var table = md.FindIndex(l => l == "### 评分结果：放置方案");
        Assert.True(table >= 0, $"no rating results in the report:\n{report}");
        var header = Cells(md[table + 2]);
        Assert.Equal(["重要性 ×2", "可行性 ×3"], header[^2..]);
        var ranked = md.Skip(table + 4).TakeWhile(l => l.StartsWith('|')).Select(Cells).ToList();
        Assert.Equal([["1", Template, "4.33"], ["2", Checklist, "3.33"], ["3", Platform, "2.87"]], ranked.Select(r => r[..3]));
        Assert.All(ranked, r => Assert.Equal("3", r[5])); // three raters each
        Assert.Equal(["4.67", "1.67"], ranked[2][^2..]); // 平台's mean per criterion

        // Rule A2: the action plan names the owner and the due date.
        var plan = md.IndexOf("### 行动计划");
        Assert.True(plan >= 0, $"the report has no action plan:\n{report}");
        Assert.Equal([Action, "李明", Day(due), "未开始"], Cells(md[plan + 4])[..4]);

        // The print view says the same: bones and quadrants as sections, the ranked table in order.
        var print = await console.Context.RunAndWaitForPageAsync(() => console.GetByTestId("open-report").ClickAsync());
        await print.WaitForLoadStateAsync();
        await print.SetViewportSizeAsync(Tablet.Width, Tablet.Height);
        Assert.Equal([ZhaoCause], (await HtmlZonesAsync(print, "criteria"))["people"]);
        Assert.Equal([Template], (await HtmlZonesAsync(print, "place"))["quick-wins"]);
        await Expect(print.Locator("table.ratings tr td:nth-child(2)")).ToHaveTextAsync([Template, Checklist, Platform]);
        await Expect(print.GetByTestId("questioned-note")).ToContainTextAsync(Answer);
        await Screenshots.SaveAsync(print, "toolkit-report-tablet");
        await print.CloseAsync();
        await console.CloseAsync();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        foreach (var page in everyone.Reverse()) await page.Context.CloseAsync();
    }

    /// <summary>
    /// Rule F4 on the tablet, from the impact–feasibility flow: its first step becomes the fishbone (the problem at its
    /// head), the matrix step also rates on criteria; the action step stays.
    /// </summary>
    private static async Task DesignAsync(ILocator designer)
    {
        var steps = designer.GetByTestId("designer-step");
        await Expect(steps).ToHaveCountAsync(3);
        var causes = steps.Nth(0);
        await causes.GetByTestId("designer-step-title").FillAsync("分骨找原因");
        await causes.GetByTestId("designer-step-title").BlurAsync();
        await causes.GetByTestId("designer-step-prompt").FillAsync("这个问题为什么会发生？把每个原因放到它所属的鱼骨上。");
        await causes.GetByTestId("designer-step-prompt").BlurAsync();
        await causes.GetByTestId("designer-step-layout").SelectOptionAsync("Fishbone");
        await causes.GetByTestId("designer-head").FillAsync(Head);
        await causes.GetByTestId("designer-head").BlurAsync();
        await Expect(causes.GetByTestId("designer-zone")).ToHaveCountAsync(6);
        await steps.Nth(1).Locator("[data-testid=designer-allows][data-capability=Rating]").CheckAsync();
        await Expect(steps.Nth(2).GetByTestId("designer-step-layout")).ToHaveValueAsync("Free");
        await Expect(designer.GetByTestId("designer-save")).ToBeEnabledAsync(); // rule F2: the design can run
    }

    /// <summary>The facilitator opens the next step; every screen shows it open.</summary>
    private static async Task AdvanceToAsync(IPage[] everyone, string stageId)
    {
        await PressAsync(everyone[0], everyone[0].GetByTestId("advance-stage"));
        foreach (var page in everyone) await ExpectStageAsync(page, stageId, "Open");
    }

    /// <summary>
    /// A tool canvas's section of the Markdown report: what it says first (the head or the axes), then each zone's label
    /// with the notes listed under it, in the report's order.
    /// </summary>
    private static Dictionary<string, List<string>> Zones(List<string> md, string heading, out string first)
    {
        var at = md.IndexOf(heading);
        Assert.True(at >= 0, $"the report has no \"{heading}\":\n{string.Join('\n', md)}");
        var section = md.Skip(at + 1).TakeWhile(l => !l.StartsWith("### ", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        first = section[0];
        var zones = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in section.Skip(1))
        {
            if (line.StartsWith("#### ", StringComparison.Ordinal)) zones[line[5..]] = current = [];
            else if (line.StartsWith("- ", StringComparison.Ordinal)) current!.Add(line[2..]);
        }
        return zones;
    }

    /// <summary>A Markdown table row's cells.</summary>
    private static string[] Cells(string row) => [.. row.Trim('|').Split('|').Select(c => c.Trim())];

    /// <summary>The print view's zone sections of a step: each zone's id and the notes listed under its heading.</summary>
    private static async Task<Dictionary<string, string[]>> HtmlZonesAsync(IPage report, string stageId) =>
        await report.EvaluateAsync<Dictionary<string, string[]>>("""
            stage => Object.fromEntries([...document.querySelectorAll(`div.zones[data-stage='${stage}'] h4`)].map(h => [h.dataset.zone,
              h.nextElementSibling?.tagName === 'UL' ? [...h.nextElementSibling.querySelectorAll('li')].map(li => li.textContent) : []]))
            """, stageId);
}
