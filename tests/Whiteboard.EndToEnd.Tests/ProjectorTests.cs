namespace Whiteboard.EndToEnd.Tests;

/// <summary>The classroom screen at the close: the groups' action plan, read from the back of the room.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ProjectorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task After_the_finish_each_number_of_the_action_plan_stands_beside_its_item()
    {
        var facilitator = await fixture.NewPersonAsync();
        var due = DateOnly.FromDateTime(DateTime.Today.AddDays(7));
        var code = await FacilitatorAloneAtActionAsync(facilitator, "处级干部进修班 · 收尾", "ZhCn", "两周内拿出审批精简方案", "赵处长", due);
        await AddActionForOutsiderAsync(facilitator, "建立基层问题台账，专人跟进，每周在例会上通报一次进展和仍未解决的问题", "钱科长", due);
        await AddActionForOutsiderAsync(facilitator, "例会压缩到半小时", "孙主任", due);
        foreach (var stage in new[] { "reflection", "summary" })
        {
            await facilitator.GetByTestId("advance-stage").ClickAsync();
            await ExpectStageAsync(facilitator, stage, "Open");
        }
        await facilitator.GetByTestId("advance-stage").ClickAsync();
        await ExpectStageAsync(facilitator, "summary", "Done");

        var projector = await facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/b/{code}/projector");
        var items = projector.GetByTestId("projector-finished").GetByTestId("projected-action");
        await Expect(items).ToHaveCountAsync(3);
        await Expect(projector.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        foreach (var (width, height) in new[] { (1280, 800), (1440, 900) })
        {
            await projector.SetViewportSizeAsync(width, height);
            await Screenshots.SaveAsync(projector, $"projector-finished-{width}x{height}");
            foreach (var item in await ItemLinesAsync(projector))
            {
                // A list number hangs just left of its item's box (list-style-position: outside): the item's first line
                // must start at that edge, on the box's first line, or the number stands apart from what it numbers.
                Assert.True(item.Outside, $"at {width}×{height} the numbers are not hung outside the items");
                Assert.True(Math.Abs(item.Indent) <= 2 && Math.Abs(item.Drop) <= 2,
                    $"at {width}×{height} item \"{item.What}\" starts {item.Indent:0} px right of and {item.Drop:0} px below its number");
            }
        }
        await facilitator.Context.CloseAsync();
    }

    [Fact]
    public async Task Once_the_scores_are_revealed_the_wall_ranks_the_options_large_with_their_criteria_and_spread()
    {
        // Rules R4, R5: before the reveal the wall shows the step's question only; the reveal brings the ranking, live
        var s = await DecisionSession.RunAsync(fixture, "决策矩阵 · 投影", reveal: false);
        var projector = await s.Facilitator.Context.NewPageAsync();
        await projector.GotoAsync($"/b/{s.Code}/projector");
        await Expect(projector.GetByTestId("projector-stage")).ToHaveAttributeAsync("data-stage-id", "score");
        await Expect(projector.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "online");
        await Expect(projector.GetByTestId("projected-ratings")).ToHaveCountAsync(0);

        await s.RevealAsync();

        var rows = projector.GetByTestId("projected-rating");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-target-id", s.PilotId);
        await Expect(rows.Nth(0)).ToHaveAttributeAsync("data-weighted-mean", "4.00");
        await Expect(rows.Nth(0).GetByTestId("projected-rating-criteria")).ToHaveTextAsync("重要性 4.0、可行性 4.0");
        await Expect(rows.Nth(0).GetByTestId("projected-rating-spread")).ToHaveTextAsync("分歧 3.00–4.67（标准差 0.83），2 人评分");
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-target-id", s.CoachId);
        await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-weighted-mean", "3.67");
        await Expect(projector.GetByTestId("projected-ratings")).ToContainTextAsync("重要性 ×2");
        foreach (var (width, height) in new[] { (1280, 800), (1440, 900), (1024, 768) })
        {
            await projector.SetViewportSizeAsync(width, height);
            await Screenshots.SaveAsync(projector, $"projector-ratings-{width}x{height}");
            var wall = await projector.EvaluateAsync<double[]>("""
                () => {
                  const main = document.querySelector('.stage-main').getBoundingClientRect();
                  const rows = [...document.querySelectorAll('[data-testid=projected-rating]')];
                  return [
                    document.documentElement.scrollWidth - window.innerWidth,
                    Math.min(...rows.map(r => parseFloat(getComputedStyle(r.querySelector('.what')).fontSize))),
                    Math.max(...rows.map(r => r.getBoundingClientRect().bottom)) - main.bottom,
                  ];
                }
                """);
            Assert.True(wall[0] <= 0, $"at {width}×{height} the wall scrolls sideways by {wall[0]} px");
            Assert.True(wall[1] >= 19, $"at {width}×{height} the options are {wall[1]} px: too small for the back of the room");
            Assert.True(wall[2] <= 0, $"at {width}×{height} the ranking runs {wall[2]} px past the screen's stage area");
        }
        await projector.CloseAsync();
        await s.CloseAsync();
    }

    private sealed class ItemLine
    {
        public string What { get; set; } = "";
        public bool Outside { get; set; }
        public double Indent { get; set; }
        public double Drop { get; set; }
    }

    /// <summary>Where each item's first line starts against the edge its number hangs from.</summary>
    private static async Task<ItemLine[]> ItemLinesAsync(IPage page) =>
        await page.EvaluateAsync<ItemLine[]>("""
            () => [...document.querySelectorAll('[data-testid=projector-finished] [data-testid=projected-action]')].map(li => {
              const box = li.getBoundingClientRect(), style = getComputedStyle(li);
              const what = li.querySelector('.what'), first = what.getClientRects()[0];
              return {
                what: what.innerText,
                outside: style.display === 'list-item' && style.listStylePosition === 'outside',
                indent: first.left - (box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth)),
                drop: first.top - (box.top + parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth)),
              };
            })
            """);
}
