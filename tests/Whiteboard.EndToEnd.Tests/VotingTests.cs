using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Voting that explains itself (rules V2, V4): "+" is disabled with the reason once a note has a person's most dots or
/// their budget is spent, and the results rank clusters and loose notes apart.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VotingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Plus_says_why_it_is_off_and_results_keep_clusters_and_notes_apart()
    {
        var session = await StartAfterClassAsync(fixture, "投票说明", withTablet: true);
        var tablet = session.Zhang!;
        await AdvanceAsync(session, "problem");
        await AdvanceAsync(session, "plan"); // 5 dots each, at most 3 on one item, hidden until revealed
        var a = await AddNoteByTouchAsync(tablet, "第一个办法");
        var b = await AddNoteByTouchAsync(tablet, "第二个办法");
        var c = await AddNoteAsync(session.Li, LiPlan);
        var d = await AddNoteAsync(session.Li, LiSecondPlan);
        await Expect(tablet.GetByTestId("note")).ToHaveCountAsync(4);
        await tablet.GetByTestId("select-mode").TapAsync();
        await NoteById(tablet, c).TapAsync();
        await NoteById(tablet, d).TapAsync();
        await tablet.GetByTestId("group-selected").TapAsync();
        await Expect(tablet.GetByTestId("cluster")).ToHaveCountAsync(1);

        var plusA = NoteById(tablet, a).GetByTestId("vote-button");
        for (var left = 4; left >= 2; left--) await VoteAsync(tablet, a, left);
        await Expect(plusA).ToBeDisabledAsync();
        await Expect(plusA).ToHaveAttributeAsync("title", "这里的票数已达到每张便签的上限。");
        // "我的票" beside both + and − on a 160 px note stays one line, not a letter per line.
        var label = (await NoteById(tablet, a).GetByTestId("vote-label").BoundingBoxAsync())!;
        Assert.True(label.Height < 24 && label.Width > label.Height, $"\"我的票\" wraps: {label.Width:0}×{label.Height:0} px");
        var plusB = NoteById(tablet, b).GetByTestId("vote-button");
        await Expect(plusB).ToBeEnabledAsync();
        await VoteAsync(tablet, b, 1);
        await PressAsync(tablet, tablet.GetByTestId("cluster").Locator(".cluster-header").GetByTestId("vote-button"));
        await Expect(tablet.GetByTestId("votes-left")).ToHaveAttributeAsync("data-left", "0");
        await Expect(plusB).ToBeDisabledAsync();
        await Expect(plusB).ToHaveAttributeAsync("title", "你的票已经投完了。可以先收回一票再投。");
        await Expect(tablet.GetByTestId("error-message")).ToHaveCountAsync(0); // nothing was refused: nothing was offered
        await Screenshots.SaveAsync(tablet, "voting-spent-tablet");

        // Taking one back gives "+" back everywhere but on the capped note.
        await PressAsync(tablet, NoteById(tablet, b).GetByTestId("unvote-button"));
        await Expect(plusB).ToBeEnabledAsync();
        await Expect(plusA).ToBeDisabledAsync();

        await session.Facilitator.GetByTestId("reveal-votes").ClickAsync();
        await tablet.GetByTestId("results-toggle").TapAsync();
        var results = tablet.GetByTestId("results");
        await Expect(results.GetByTestId("results-clusters").GetByTestId("result-row")).ToHaveCountAsync(1);
        await Expect(results.GetByTestId("results-notes").GetByTestId("result-row").First).ToHaveAttributeAsync("data-target-id", a);
        await Expect(results.GetByTestId("results-notes").GetByTestId("result-row").First).ToHaveAttributeAsync("data-score", "3");
        await Expect(results.GetByTestId("result-breakdown")).ToHaveTextAsync("其中 1 票投给归类，0 票投给归类里的便签");
        await Screenshots.SaveAsync(tablet, "voting-results-tablet");
        foreach (var page in session.Everyone) await page.Context.CloseAsync();
    }
}
