using System.Net;
using System.Text;
using Whiteboard.Client.Insights;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.Insights;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests.Insights;

/// <summary>Participation insight for the facilitator: each group's chart and key numbers.</summary>
public class InsightViewTests : WorkshopTestContext
{
    private const string Svg = """<svg xmlns="http://www.w3.org/2000/svg"><text>第 1 组</text></svg>""";

    private static PersonActivity Person(string name, int notes, ParticipantLocation location = ParticipantLocation.InRoom) =>
        new(name, location, new Dictionary<string, int> { ["problem"] = notes });

    private GroupInsight Group(int number, IReadOnlyList<PersonActivity> people, int anonymous, int votes, double? topThird) =>
        new(Workshop[number].BoardId, number, people.Count(p => p.Location == ParticipantLocation.InRoom),
            people.Count(p => p.Location == ParticipantLocation.Remote), people, anonymous, [], votes, topThird);

    private void Serve(ParticipationInsight insight) => Http.Answer = request => request.RequestUri!.Query.StartsWith("?format=svg")
        ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Svg, Encoding.UTF8, "image/svg+xml") }
        : StubHttpHandler.Json(insight);

    [Fact]
    public void Each_group_shows_its_chart_as_an_image_and_its_key_numbers()
    {
        JSInterop.Setup<string?>("localStorage.getItem", "wb.facilitator.K7M2QX").SetResult("f-secret");
        var objectUrl = JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:chart-1");
        Serve(new ParticipationInsight([
            Group(1, [Person("李明", 6), Person("张伟", 2, ParticipantLocation.Remote), Person("王芳", 1), Person("赵强", 1)], anonymous: 3, votes: 12, topThird: 0.8),
            Group(2, [Person("陈静", 2), Person("刘洋", 2)], anonymous: 0, votes: 4, topThird: 0.5),
        ]));

        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX"));

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=insight-chart]").Count));
        var first = cut.Find("[data-testid=insight-group][data-group-number='1']");
        Assert.Equal("blob:chart-1", first.QuerySelector("[data-testid=insight-chart]")!.GetAttribute("src"));
        Assert.Equal("现场 3 · 远程 1", first.QuerySelector("[data-testid=insight-people]")!.TextContent);
        Assert.Equal("13（其中匿名 3）", first.QuerySelector("[data-testid=insight-notes]")!.TextContent);
        Assert.Equal("12", first.QuerySelector("[data-testid=insight-votes]")!.TextContent);
        Assert.Equal("最活跃的 2 人（共 4 人）写了 80% 的署名便签，完全均衡时约为 50%。发言有些集中。",
            first.QuerySelector("[data-testid=insight-evenness]")!.TextContent);
        Assert.Contains("比较均衡", cut.Find("[data-testid=insight-group][data-group-number='2'] [data-testid=insight-evenness]").TextContent);
        Assert.Equal(Svg, objectUrl.Invocations.First().Arguments[0]);
        Assert.Equal("image/svg+xml", objectUrl.Invocations.First().Arguments[1]);
        var chartRequest = Http.Requests.First(r => r.Request.RequestUri!.Query.StartsWith("?format=svg")).Request;
        Assert.Equal($"?format=svg&board={Workshop[1].BoardId}", chartRequest.RequestUri!.Query);
        Assert.Equal(["f-secret"], chartRequest.Headers.GetValues("X-Facilitator-Secret"));
        Assert.Empty(cut.FindAll("svg text")); // the chart is an image, never markup in the page
    }

    [Fact]
    public void The_steps_that_ran_show_their_questions_answers_and_revealed_ratings_and_each_person_their_own()
    {
        // Rules H3, R4: per person only what they wrote under their name; a rating step's scores only once revealed
        JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:chart");
        StageActivity[] stages =
        [
            new("clarify", "问题澄清", 4, 0, 0, TimeSpan.FromMinutes(15)) { Ran = true, Questions = 3, Answers = 2 },
            new("score", "打分", 2, 0, 0, TimeSpan.FromMinutes(10)) { Ran = true, Ratings = new RatingActivity(true, 2, 3, 5) },
            new("rescore", "再打分", 0, 0, 0, null) { Ran = true, Ratings = new RatingActivity(false, 0, 0, 0) },
            new("act", "行动", 0, 0, 0, null) { Ran = false },
        ];
        var li = Person("李明", 3) with { QuestionsByStage = new Dictionary<string, int> { ["clarify"] = 2 }, AnswersByStage = new Dictionary<string, int> { ["clarify"] = 0 } };
        var zhang = Person("张伟", 1) with { QuestionsByStage = new Dictionary<string, int> { ["clarify"] = 0 }, AnswersByStage = new Dictionary<string, int> { ["clarify"] = 1 } };
        Serve(new ParticipationInsight([Group(1, [li, zhang], anonymous: 0, votes: 0, topThird: null) with { Stages = stages }]));

        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX"));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=insight-step]").Count)); // not the step that never ran
        string[] Row(string selector) => [.. cut.Find(selector).QuerySelectorAll("th, td").Select(c => c.TextContent)];
        Assert.Equal(["步骤", "便签", "投票", "提问", "回答"], Row("[data-testid=insight-steps] thead tr"));
        Assert.Equal(["问题澄清", "4", "0", "3", "2"], Row("[data-testid=insight-step][data-stage-id=clarify]"));
        Assert.Equal(["打分", "2", "0", "0", "0"], Row("[data-testid=insight-step][data-stage-id=score]"));
        Assert.Equal(["score", "rescore"], cut.FindAll("[data-testid=insight-rating]").Select(r => r.GetAttribute("data-stage-id")));
        Assert.Equal(["打分 · 评分：5 个分数 · 2 项", "再打分 · 评分：未公布"], cut.FindAll("[data-testid=insight-rating]").Select(r => r.TextContent));
        Assert.Equal(["李明", "3", "2", "0"], Row("[data-testid=insight-person]:nth-child(1)"));
        Assert.Equal(["张伟", "1", "0", "1"], Row("[data-testid=insight-person]:nth-child(2)"));
    }

    [Fact]
    public void Without_questions_or_rating_steps_the_tables_keep_to_notes_and_votes()
    {
        JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:chart");
        StageActivity[] stages = [new("problem", "提出问题", 4, 4, 6, TimeSpan.FromMinutes(20)) { Ran = true }];
        Serve(new ParticipationInsight([Group(1, [Person("李明", 0)], anonymous: 4, votes: 6, topThird: null) with { Stages = stages }]));

        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX"));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=insight-step]")));
        Assert.Equal(["步骤", "便签", "投票"], cut.Find("[data-testid=insight-steps] thead tr").QuerySelectorAll("th").Select(c => c.TextContent));
        Assert.Equal(["姓名", "便签"], cut.Find("[data-testid=insight-person-table] thead tr").QuerySelectorAll("th").Select(c => c.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=insight-rating]"));
    }

    [Fact]
    public void A_group_without_named_notes_says_it_is_too_early_to_tell()
    {
        JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:chart");
        Serve(new ParticipationInsight([Group(1, [Person("李明", 0), Person("张伟", 0)], anonymous: 5, votes: 0, topThird: null),
            Group(2, [], 0, 0, null)]));

        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX"));

        cut.WaitForAssertion(() => Assert.Contains("暂时看不出", cut.Find("[data-testid=insight-evenness]").TextContent));
    }

    [Fact]
    public async Task A_change_on_a_board_brings_fresh_numbers_once_things_settle()
    {
        JSInterop.Setup<string>("whiteboard.objectUrl", _ => true).SetResult("blob:chart");
        var votes = 4;
        Http.Answer = request => request.RequestUri!.Query.StartsWith("?format=svg")
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Svg, Encoding.UTF8, "image/svg+xml") }
            : StubHttpHandler.Json(new ParticipationInsight([Group(1, [Person("李明", 2)], anonymous: 0, votes: votes, topThird: null)]));
        var session = Workshop.SessionFor(Workshop.Facilitator, Time);
        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX").Add(c => c.Session, session));
        cut.WaitForAssertion(() => Assert.Equal("4", cut.Find("[data-testid=insight-votes]").TextContent));
        int Loads() => Http.Requests.Count(r => !r.Request.RequestUri!.Query.StartsWith("?format=svg"));
        Assert.Equal(1, Loads());

        votes = 5;
        var joined = new ParticipantJoined(Guid.NewGuid(), "赵强", ParticipantRole.Participant, ParticipantLocation.InRoom);
        await cut.InvokeAsync(() => session.Group(1)!.ReceiveAsync([Workshop.Event(Workshop[1].Seq + 1, joined)]));
        Time.Advance(InsightView.Settle - TimeSpan.FromSeconds(1));
        Assert.Equal(1, Loads()); // not at every keystroke of every group
        Time.Advance(TimeSpan.FromSeconds(1));

        cut.WaitForAssertion(() => Assert.Equal("5", cut.Find("[data-testid=insight-votes]").TextContent));
        Assert.Equal(2, Loads());
    }

    [Fact]
    public async Task Charts_drawn_after_the_view_was_closed_are_let_go()
    {
        var drawing = JSInterop.Setup<string>("whiteboard.objectUrl", _ => true); // answered only when the test says
        var revoke = JSInterop.SetupVoid("whiteboard.revokeUrl", _ => true).SetVoidResult();
        Serve(new ParticipationInsight([Group(1, [Person("李明", 2)], anonymous: 0, votes: 1, topThird: null)]));
        var cut = Render<InsightView>(p => p.Add(c => c.Code, "K7M2QX"));
        cut.WaitForAssertion(() => Assert.Single(drawing.Invocations));

        await DisposeComponentsAsync(); // the facilitator switched to another view mid-load
        await cut.InvokeAsync(() => drawing.SetResult("blob:late"));

        cut.WaitForAssertion(() => Assert.Contains(revoke.Invocations, i => Equals(i.Arguments[0], "blob:late")));
    }
}
