using static Whiteboard.EndToEnd.Tests.Support.AfterClassSession;

namespace Whiteboard.EndToEnd.Tests;

/// <summary>
/// Voting that explains itself (rules V2–V4): "+" is disabled with the reason once a note has a person's most dots or
/// their budget is spent, "−" where they have no dot to take back, and the results and the report rank clusters and notes
/// apart, each by the dots cast on it.
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
        var minusA = NoteById(tablet, a).GetByTestId("unvote-button");
        await Expect(minusA).ToBeDisabledAsync(); // nothing of his to take back yet, and it says so
        await Expect(minusA).ToHaveAttributeAsync("title", "你没有投给这里的票可以收回。");
        for (var left = 4; left >= 2; left--) await VoteAsync(tablet, a, left);
        await Expect(plusA).ToBeDisabledAsync();
        await Expect(plusA).ToHaveAttributeAsync("title", "这里的票数已达到每张便签的上限。");
        await Expect(minusA).ToBeEnabledAsync();
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

        // Taking one back gives "+" back everywhere but on the capped note; the last dot goes on a note inside the cluster.
        await PressAsync(tablet, NoteById(tablet, b).GetByTestId("unvote-button"));
        await Expect(plusB).ToBeEnabledAsync();
        await Expect(plusA).ToBeDisabledAsync();
        await Expect(NoteById(tablet, b).GetByTestId("unvote-button")).ToBeDisabledAsync();
        await VoteAsync(tablet, c, 0);

        await session.Facilitator.GetByTestId("reveal-votes").ClickAsync();
        await tablet.GetByTestId("results-toggle").TapAsync();
        var results = tablet.GetByTestId("results");
        // The cluster has the one dot given to it, not its note's dot too; that note is ranked with the notes, its cluster named.
        var clusterRow = results.GetByTestId("results-clusters").GetByTestId("result-row");
        await Expect(clusterRow).ToHaveCountAsync(1);
        await Expect(clusterRow).ToHaveAttributeAsync("data-score", "1");
        var noteRows = results.GetByTestId("results-notes").GetByTestId("result-row");
        await Expect(noteRows).ToHaveCountAsync(4);
        await Expect(noteRows.Nth(0)).ToHaveAttributeAsync("data-target-id", a);
        await Expect(noteRows.Nth(0)).ToHaveAttributeAsync("data-score", "3");
        await Expect(noteRows.Nth(1)).ToHaveAttributeAsync("data-target-id", c);
        await Expect(noteRows.Nth(1)).ToHaveAttributeAsync("data-score", "1");
        await Expect(noteRows.Nth(1).GetByTestId("result-in-cluster")).ToHaveTextAsync("在归类“未命名”中");
        await Expect(results.GetByTestId("result-breakdown")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(tablet, "voting-results-tablet");

        // The case report the facilitator prints: the same two labelled lists.
        var console = await session.Facilitator.Context.NewPageAsync();
        await console.GotoAsync($"/b/{session.Code}/console");
        await console.GetByTestId("console-view-actions").ClickAsync();
        var report = await console.Context.RunAndWaitForPageAsync(() => console.GetByTestId("open-report").ClickAsync());
        await report.WaitForLoadStateAsync();
        await Expect(report.Locator("ol.ranked-clusters").Last).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^归类：未命名（1 票）"));
        await Expect(report.Locator("ol.ranked-clusters").Last.Locator("xpath=preceding-sibling::h4[1]")).ToHaveTextAsync("归类（按投给归类的票数）");
        await Expect(report.Locator("ol.ranked-notes").Last.Locator("li")).ToHaveTextAsync(["第一个办法（3 票）", $"{LiPlan}（1 票，归类：未命名）", $"{LiSecondPlan}（0 票，归类：未命名）", "第二个办法（0 票）"]);
        await Screenshots.SaveAsync(report, "voting-report-ranked-apart");
        await report.CloseAsync();
        foreach (var page in session.Everyone) await page.Context.CloseAsync();
    }
}
