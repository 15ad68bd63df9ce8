using Whiteboard.Core.Rejections;
using System.Text.Json;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;
using Whiteboard.Server.Tests.Ratings;
using static Whiteboard.Server.Tests.Ratings.RatingSession;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// A crafted client against rating (rules R1–R4): scores out of range or not whole, criteria the step does not have, a
/// locked stage, the wrong step, the facilitator's commands, and a flood. The server keeps one score per person,
/// criterion and item, and the honest people carry on.
/// </summary>
public sealed class RatingAttackTests
{
    private static string Submit(Guid boardId, string command) => $$"""{"opId":"{{Guid.NewGuid()}}","boardId":"{{boardId}}","command":{{command}}}""";

    private static string Rate(Guid target, string criterion, string score) =>
        $$"""{"type":"rateItem","targetId":"{{target}}","criterionId":"{{criterion}}","score":{{score}}}""";

    private static string? Code(JsonElement ack) =>
        ack.GetProperty("rejection").ValueKind == JsonValueKind.Null ? null : ack.GetProperty("rejection").GetProperty("code").GetString();

    [Fact]
    public async Task Crafted_scores_are_refused_with_their_reasons_and_a_flood_leaves_one_score_per_criterion()
    {
        await using var app = TestApp.Start();
        var s = await RatingSession.StartAsync(app);
        var boardId = s.Alice.BoardId;
        await using var raw = await RawHubSocket.ConnectAsync(app.BaseAddress);
        var join = (await raw.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(s.Workshop.Code, "捣乱"))))
            .Deserialize<JoinResult>(WireJson.Options)!;
        Assert.Null(join.Rejection);

        async Task<string?> SendAsync(string command) => Code(await raw.InvokeAsync(BoardHubMethods.Submit, Submit(boardId, command)));

        Assert.Equal("ScoreOutOfRange", await SendAsync(Rate(s.Option, "importance", "0")));
        Assert.Equal("ScoreOutOfRange", await SendAsync(Rate(s.Option, "importance", "6")));
        Assert.Equal("ScoreOutOfRange", await SendAsync(Rate(s.Option, "importance", "-2147483648")));
        Assert.Equal("MalformedMessage", await SendAsync(Rate(s.Option, "importance", "4.5")));
        Assert.Equal("MalformedMessage", await SendAsync(Rate(s.Option, "importance", "\"5\"")));
        Assert.Equal("MalformedMessage", await SendAsync(Rate(s.Option, "importance", "99999999999")));
        Assert.Equal("CriterionNotFound", await SendAsync(Rate(s.Option, "bribe", "5")));
        Assert.Equal("CriterionNotFound", await SendAsync(Rate(s.Option, "", "5")));
        Assert.Equal("NoteNotFound", await SendAsync(Rate(Guid.NewGuid(), "importance", "5")));
        Assert.Equal("NoScoreToClear", await SendAsync(Rate(s.Option, "importance", "null")));
        Assert.Equal("NotAllowed", await SendAsync("""{"type":"revealRatings","stageId":"score"}"""));
        Assert.Equal("NotAllowed", await SendAsync("""{"type":"setCriteria","stageId":"score","criteria":[{"id":"mine","name":{"zhCn":"我的","en":"Mine"},"weight":5}]}"""));

        // A locked stage refuses; a step without rating refuses
        Assert.True((await s.Facilitator.SubmitAsync(new LockStage(ScoreStep))).Accepted);
        Assert.Equal("StageLocked", await SendAsync(Rate(s.Option, "feasibility", "5")));
        Assert.True((await s.Facilitator.SubmitAsync(new UnlockStage(ScoreStep))).Accepted);
        Assert.True((await s.Facilitator.SubmitAsync(new ReopenStage(CriteriaStep))).Accepted);
        var wrongStep = Guid.NewGuid();
        Assert.True((await s.Alice.SubmitAsync(new AddNote(wrongStep, CriteriaStep, "重要性", NoteColor.Blue, 0, 0))).Accepted);
        Assert.Equal("NoRatingInStage", await SendAsync(Rate(wrongStep, "importance", "5")));
        Assert.Equal("StageNotOpen", await SendAsync(Rate(s.Option, "importance", "5")));
        Assert.True((await s.Facilitator.SubmitAsync(new ReopenStage(ScoreStep))).Accepted);

        // The flood: hundreds of scores on one criterion, sent without waiting for an answer
        await raw.FloodAsync(BoardHubMethods.Submit, 300, i => [Submit(boardId, Rate(s.Option, "importance", (i % 5 + 1).ToString()))]);
        Assert.True(raw.IsOpen);

        // The honest people carry on
        var bob = await s.Bob.SubmitAsync(new RateItem(s.Option, "importance", 4));
        Assert.True(bob.Accepted, $"{bob.Rejection?.Code}");
        Assert.True((await s.Alice.SubmitAsync(new RateItem(s.Option, "feasibility", 3))).Accepted);
        Assert.Empty((await s.Facilitator.WaitForSeqAsync(bob.Seq)).Ratings); // R4: not even the facilitator before the reveal

        // and the server kept one score per person, criterion and item: the attacker's last, Bob's, Alice's
        var reveal = await s.Facilitator.SubmitAsync(new RevealRatings(ScoreStep));
        var revealed = await s.Facilitator.WaitForSeqAsync(reveal.Seq);
        Assert.Equal(3, revealed.Ratings.Count);
        Assert.Equal(3, Assert.Single(RatingResults.Of(revealed, ScoreStep)).Raters);
        Assert.Equal(RejectionCode.RatingsFinal, (await s.Alice.SubmitAsync(new RateItem(s.Option, "feasibility", 5))).Rejection?.Code);
    }
}
