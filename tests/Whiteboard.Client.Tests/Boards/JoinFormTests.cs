using Whiteboard.Client.Boards;
using Whiteboard.Core.Participants;
using Whiteboard.Client.Workshops;

namespace Whiteboard.Client.Tests.Boards;

public class JoinFormTests : ClientTestContext
{
    private readonly List<Newcomer> _joined = [];

    private IRenderedComponent<JoinForm> RenderForm() =>
        Render<JoinForm>(p => p.Add(f => f.Code, "K7M2QX").Add(f => f.Title, "第一组").Add(f => f.OnJoin, n => _joined.Add(n)));

    [Fact]
    public void Joining_without_a_name_says_the_name_is_needed()
    {
        var cut = RenderForm();

        cut.Find("form").Submit();

        Assert.Equal("请填写你的名字。", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Empty(_joined);
    }

    [Fact]
    public void A_name_over_32_characters_is_refused_with_the_limit()
    {
        var cut = RenderForm();

        cut.Find("[data-testid=display-name]").Input(new string('名', 33));
        cut.Find("form").Submit();

        Assert.Equal("名字最多 32 个字。", cut.Find("[data-testid=error-message] span").TextContent);
        Assert.Empty(_joined);
    }

    [Fact]
    public void A_valid_name_joins_with_the_chosen_place()
    {
        var cut = RenderForm();

        cut.Find("[data-testid=display-name]").Input("张伟");
        cut.Find("[data-testid=location-remote]").Change(true);
        cut.Find("[data-testid=join-button]").Click();

        Assert.Equal([new Newcomer("张伟", ParticipantLocation.Remote)], _joined);
        Assert.Empty(cut.FindAll("[data-testid=error-message]"));
    }

    [Fact]
    public void A_trainee_may_give_a_unit_starting_from_the_one_kept_and_one_too_long_is_said_at_once()
    {
        var cut = Render<JoinForm>(p => p.Add(f => f.Code, "K7M2QX").Add(f => f.Unit, "市发改委").Add(f => f.OnJoin, n => _joined.Add(n)));
        Assert.Equal("市发改委", cut.Find("[data-testid=join-unit]").GetAttribute("value"));

        cut.Find("[data-testid=display-name]").Input("张伟");
        cut.Find("[data-testid=join-unit]").Input(new string('单', 61));
        cut.Find("[data-testid=join-button]").Click();
        Assert.Empty(_joined);
        Assert.Contains("60", cut.Find("[data-testid=error-message]").TextContent); // rule P7, in the person's language

        cut.Find("[data-testid=join-unit]").Input("市财政局");
        cut.Find("[data-testid=join-button]").Click();
        Assert.Equal([new Newcomer("张伟", ParticipantLocation.InRoom, "市财政局")], _joined);
    }

    [Fact]
    public void A_facilitator_is_asked_only_a_name_and_told_it_is_asked_once()
    {
        var cut = Render<JoinForm>(p => p.Add(f => f.Code, "K7M2QX").Add(f => f.Role, ParticipantRole.Facilitator)
            .Add(f => f.OnJoin, n => _joined.Add(n)));

        Assert.Equal("以促进师身份进入", cut.Find("h1").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=location-in-room], [data-testid=location-remote]"));
        Assert.Contains("只需填写一次", cut.Find("[data-testid=name-kept-hint]").TextContent);
        cut.Find("[data-testid=display-name]").Input("王老师");
        cut.Find("[data-testid=join-button]").Click();

        Assert.Equal([Newcomer.ByLink("王老师")], _joined);
        Assert.Empty(cut.FindAll("[data-testid=join-unit]")); // a trainee's matter, like the place
    }

    [Fact]
    public void An_observer_starts_from_the_name_this_browser_keeps()
    {
        var cut = Render<JoinForm>(p => p.Add(f => f.Code, "K7M2QX").Add(f => f.Role, ParticipantRole.Observer)
            .Add(f => f.Name, "赵处长").Add(f => f.OnJoin, n => _joined.Add(n)));

        Assert.Contains("观察员", cut.Find("h1").TextContent);
        Assert.Equal("赵处长", cut.Find("[data-testid=display-name]").GetAttribute("value"));
        cut.Find("form").Submit();

        Assert.Equal([Newcomer.ByLink("赵处长")], _joined);
    }

    [Fact]
    public void A_trainee_is_not_told_their_name_is_kept()
    {
        var cut = RenderForm();

        Assert.Equal("participant", cut.Find("[data-testid=join-form]").GetAttribute("data-role")!.ToLowerInvariant());
        Assert.Empty(cut.FindAll("[data-testid=name-kept-hint]"));
    }

    [Theory]
    [InlineData(45, "请 45 秒后再试。")]
    [InlineData(600, "请 10 分钟后再试。")]
    public void A_throttled_join_says_in_words_when_to_try_again(int seconds, string words)
    {
        var cut = Render<JoinForm>(p => p.Add(f => f.Code, "K7M2QX").Add(f => f.Problem, RejectionCode.TooManyJoins)
            .Add(f => f.RetryAfterSeconds, seconds));

        Assert.Contains("请稍等片刻再试", cut.Find("[data-testid=error-message]").TextContent);
        Assert.Equal(words, cut.Find("[data-testid=retry-after]").TextContent.Trim());
    }
}
