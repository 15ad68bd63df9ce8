using Whiteboard.Core.Rejections;
using System.Net;
using Whiteboard.Core.Privacy;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;
using static Whiteboard.Server.Tests.Ratings.RatingSession;

namespace Whiteboard.Server.Tests.Ratings;

/// <summary>Rules R1–R5 through the hub: scores hidden until the reveal, then ranked the same in every browser and the report.</summary>
public sealed class RatingHubTests
{
    [Fact]
    public async Task Scores_reach_only_their_rater_until_the_facilitator_reveals_them_then_every_browser_ranks_alike()
    {
        await using var app = TestApp.Start();
        var s = await RatingSession.StartAsync(app);

        // Rule R2: Bob changes his mind; the server keeps his last score
        foreach (var (who, criterion, score) in new[] { (s.Alice, "importance", 5), (s.Bob, "importance", 1), (s.Bob, "importance", 3), (s.Bob, "feasibility", 4) })
            Assert.True((await who.SubmitAsync(new RateItem(s.Option, criterion, score))).Accepted);
        var seq = (await s.Alice.SubmitAsync(new RateItem(s.Option, "feasibility", 2))).Seq;

        // Rule R4: before the reveal nobody holds another's score, the facilitator neither
        var bob = await s.Bob.WaitForSeqAsync(seq);
        Assert.Equal([("feasibility", 4), ("importance", 3)], bob.Ratings.Select(r => (r.CriterionId, r.Score)).Order());
        Assert.Empty((await s.Facilitator.WaitForSeqAsync(seq)).Ratings);
        Assert.DoesNotContain("\"score\":5", s.Bob.Everything, StringComparison.Ordinal);
        Assert.Contains(s.Facilitator.Received, e => e.Event is EventHidden);

        var reveal = await s.Facilitator.SubmitAsync(new RevealRatings(ScoreStep));
        Assert.True(reveal.Accepted);
        foreach (var client in new[] { s.Alice, s.Bob, s.Facilitator })
        {
            var state = await client.WaitForSeqAsync(reveal.Seq);
            var item = Assert.Single(RatingResults.Of(state, ScoreStep));
            Assert.Equal((2, (2 * 4 + 3.0) / 3), (item.Raters, item.WeightedMean)); // importance ×2: mean 4; feasibility 3
            Assert.All(state.Ratings, r => Assert.True(r.RaterId == Guid.Empty || r.RaterId == client.Joined!.ParticipantId));
        }
        Assert.Equal(RejectionCode.RatingsFinal, (await s.Bob.SubmitAsync(new RateItem(s.Option, "importance", 1))).Rejection?.Code);

        // The case report shows the ranked table with the weighted mean, the spread and the raters
        var report = await app.GetAsFacilitatorAsync($"/api/workshops/{s.Workshop.Code}/report?format=md", s.FacilitatorSecret);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var md = await report.Content.ReadAsStringAsync();
        Assert.Contains("### 评分结果：方案打分", md, StringComparison.Ordinal);
        Assert.Contains("| 名次 | 方案 | 加权平均分 | 分歧（最低–最高） | 标准差 | 评分人数 | 重要性 ×2 | 可行性 ×1 | 成本可控 ×1 | 见效快 ×1 |", md, StringComparison.Ordinal);
        // Alice (2×5 + 2) / 3 = 4, Bob (2×3 + 4) / 3 = 3.33
        Assert.True(md.Contains("| 1 | 先做试点 | 3.67 | 3.33–4.00 | 0.33 | 2 | 4.00 | 3.00 | – | – |", StringComparison.Ordinal), md);
        var html = await (await app.GetAsFacilitatorAsync($"/api/workshops/{s.Workshop.Code}/report?format=html", s.FacilitatorSecret)).Content.ReadAsStringAsync();
        Assert.Contains("<td>3.33–4.00</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_facilitator_changes_the_criteria_of_every_group_before_rating_starts_and_not_after()
    {
        // Rules R1, W5
        await using var app = TestApp.Start();
        var s = await RatingSession.StartAsync(app);
        RatingCriterion[] mine = [new("cost", new("成本", "成本"), 1), new("impact", new("影响", "影响"), 3)];

        Assert.Equal(RejectionCode.NotAllowed, (await s.Alice.SubmitAsync(new SetCriteria(ScoreStep, mine))).Rejection?.Code);
        var set = Assert.Single(await s.Facilitator.SubmitToAllAsync(new SetCriteria(ScoreStep, mine)));
        Assert.True(set.Ack.Accepted);
        var state = await s.Bob.WaitForSeqAsync(set.Ack.Seq);
        Assert.Equal(["cost", "impact"], state.StageById(ScoreStep)!.Criteria!.Select(c => c.Id));

        Assert.True((await s.Bob.SubmitAsync(new RateItem(s.Option, "impact", 4))).Accepted);
        Assert.Equal(RejectionCode.RatingStarted, (await s.Facilitator.SubmitAsync(new SetCriteria(ScoreStep, [mine[0]]))).Rejection?.Code);
    }

    [Fact]
    public async Task The_run_sheet_names_the_criteria_and_their_weights()
    {
        // Rule R1, F3
        await using var app = TestApp.Start();
        var s = await RatingSession.StartAsync(app);

        var sheet = await (await app.GetAsFacilitatorAsync($"/api/workshops/{s.Workshop.Code}/runsheet", s.FacilitatorSecret)).Content.ReadAsStringAsync();

        Assert.Contains("按标准评分", sheet, StringComparison.Ordinal);
        Assert.Contains("重要性 &#215;2", sheet, StringComparison.Ordinal); // × as HTML encodes it
    }
}
