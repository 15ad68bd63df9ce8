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
