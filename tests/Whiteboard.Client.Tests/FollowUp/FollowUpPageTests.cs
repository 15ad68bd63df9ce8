using Microsoft.AspNetCore.Components;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Whiteboard.Client.Localization;
using Whiteboard.Client.FollowUp;
using Whiteboard.Client.Tests.Workshops;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Tests.FollowUp;

/// <summary>The owner's follow-up page (rule A4): their items by their personal link, and how each stands now.</summary>
public class FollowUpPageTests : WorkshopTestContext
{
    private const string Token = "owner.token";
    private readonly FollowUpItem _first = new(Guid.NewGuid(), 1, Guid.NewGuid(), "梳理审批流程", new DateOnly(2025, 3, 20),
        ActionStatus.NotStarted, "", TestWorkshop.Start);
    private readonly FollowUpItem _second = new(Guid.NewGuid(), 2, Guid.NewGuid(), "向分管领导汇报", new DateOnly(2025, 2, 1),
        ActionStatus.InProgress, "已约时间", TestWorkshop.Start);

    private FollowUpView View(BoardLanguage language = BoardLanguage.ZhCn) =>
        new("处级干部进修班", language, "李明", [_first, _second]);

    /// <summary>GET answers with the view; POST with what <paramref name="post"/> says (by default: the update, saved).</summary>
    private void Serve(FollowUpView view, Func<FollowUpUpdate, HttpResponseMessage>? post = null) => Http.Answer = request =>
    {
        if (request.Method == HttpMethod.Get) return StubHttpHandler.Json(view);
        var update = JsonSerializer.Deserialize<FollowUpUpdate>(Http.Requests[^1].Body, Core.Protocol.WireJson.Options)!;
        return post?.Invoke(update) ?? StubHttpHandler.Json(_first with { Status = update.Status, Progress = update.Progress, UpdatedAt = Time.GetUtcNow() });
    };

    /// <summary>Where the page keeps the first item's update until the server has it.</summary>
    private string KeptKey => $"wb:follow-up:{Token}:{_first.ActionItemId:N}";

    /// <summary>The page as its link opens it: /f#t={token} (the token in the fragment, never sent to the server).</summary>
    private IRenderedComponent<FollowUpPage> RenderPage()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/" + FollowUpRoutes.Page(Token));
        return Render<FollowUpPage>();
    }

    [Fact]
    public void Lists_the_owners_items_across_groups()
    {
        Serve(View());

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=follow-up-item]").Count));
        var request = Assert.Single(Http.Requests).Request;
        Assert.Equal("/api/followup", request.RequestUri!.AbsolutePath); // the token in a header: no access log keeps it
        Assert.Equal([Token], request.Headers.GetValues(CredentialHeaders.FollowUpToken));
        Assert.Contains("李明", cut.Find("[data-testid=follow-up-owner]").TextContent);
        Assert.Equal(["梳理审批流程", "向分管领导汇报"], cut.FindAll("[data-testid=follow-up-what]").Select(e => e.TextContent));
        Assert.Equal("true", cut.FindAll("[data-testid=follow-up-item]")[1].GetAttribute("data-overdue")); // due 1 Feb, now March
        Assert.Equal("false", cut.FindAll("[data-testid=follow-up-item]")[0].GetAttribute("data-overdue"));
    }

    [Fact]
    public void An_item_of_another_workshop_names_its_workshop()
    {
        Serve(View() with { Items = [_first, _second with { WorkshopTitle = "秋季青干班" }] });

        var cut = RenderPage();

        // Rule PN9: the owner's items of every workshop they were in; the link's own workshop goes without saying
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=follow-up-item]").Count));
        Assert.Equal(["秋季青干班"], cut.FindAll("[data-testid=follow-up-workshop]").Select(e => e.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=follow-up-item]")[0].QuerySelectorAll("[data-testid=follow-up-workshop]"));
    }

    [Fact]
    public void A_link_of_the_older_form_still_opens_and_sends_its_token_in_a_header()
    {
        Serve(View());

        var cut = Render<FollowUpPage>(p => p.Add(c => c.Token, Token)); // /f/{token}

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=follow-up-item]").Count));
        var request = Assert.Single(Http.Requests).Request;
        Assert.Equal("/api/followup", request.RequestUri!.AbsolutePath);
        Assert.Equal([Token], request.Headers.GetValues(CredentialHeaders.FollowUpToken));
    }

    [Fact]
    public void Saving_posts_the_status_and_note_with_an_operation_id_and_confirms()
    {
        Serve(View());
        var cut = RenderPage();
        var item = cut.WaitForElement($"[data-testid=follow-up-item][data-action-id='{_first.ActionItemId}']");

        item.QuerySelector("[data-testid=follow-up-status][data-status=Done]")!.Click();
        cut.Find($"[data-action-id='{_first.ActionItemId}'] [data-testid=follow-up-progress]").Input("方案已报送");
        cut.Find($"[data-action-id='{_first.ActionItemId}'] [data-testid=save-follow-up]").Click();

        cut.WaitForElement("[data-testid=follow-up-saved]");
        var (request, body) = Http.Requests[^1];
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"/api/followup/items/{_first.ActionItemId}", request.RequestUri!.AbsolutePath);
        Assert.Equal([Token], request.Headers.GetValues(CredentialHeaders.FollowUpToken));
        var update = JsonSerializer.Deserialize<FollowUpUpdate>(body, Core.Protocol.WireJson.Options)!;
        Assert.NotEqual(Guid.Empty, update.OpId);
        Assert.Equal((ActionStatus.Done, "方案已报送"), (update.Status, update.Progress));
        Assert.Equal("Done", cut.Find($"[data-testid=follow-up-item][data-action-id='{_first.ActionItemId}']").GetAttribute("data-status"));
        Assert.True(cut.Find($"[data-action-id='{_first.ActionItemId}'] [data-testid=save-follow-up]").HasAttribute("disabled"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_save_that_did_not_get_through_is_kept_and_sent_again_with_the_same_operation_id(bool ownerTapsAgain)
    {
        var attempts = 0;
        Serve(View(), update => ++attempts == 1
            ? throw new HttpRequestException("the Wi-Fi dropped")
            : StubHttpHandler.Json(_first with { Status = update.Status }));
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=follow-up-item]");

        cut.Find("[data-testid=follow-up-status][data-status=InProgress]").Click();
        cut.Find("[data-testid=save-follow-up]").Click();
        Assert.Equal("还没发出：已保存在这部手机上，连上网络后会自动发送。", cut.WaitForElement("[data-testid=follow-up-waiting]").TextContent);
        Assert.Contains(KeptKey, LocalStorage.Items.Keys);
        if (ownerTapsAgain) cut.Find("[data-testid=save-follow-up]").Click();
        else Time.Advance(TimeSpan.FromSeconds(2)); // nobody taps again: the page tries by itself

        cut.WaitForElement("[data-testid=follow-up-saved]");
        var posted = Http.Requests.Where(r => r.Request.Method == HttpMethod.Post)
            .Select(r => JsonSerializer.Deserialize<FollowUpUpdate>(r.Body, Core.Protocol.WireJson.Options)!.OpId).ToList();
        Assert.Equal(2, posted.Count);
        Assert.Equal(posted[0], posted[1]);
        Assert.Empty(cut.FindAll("[data-testid=error-message]"));
        Assert.Empty(cut.FindAll("[data-testid=follow-up-waiting]"));
        Assert.DoesNotContain(KeptKey, LocalStorage.Items.Keys);
    }

    [Fact]
    public void An_update_kept_when_the_page_was_closed_goes_out_when_it_opens_again()
    {
        var kept = new FollowUpUpdate(Guid.NewGuid(), ActionStatus.Done, "方案已报送");
        Keep(kept, _first.UpdatedAt);
        Serve(View());

        var cut = RenderPage();

        cut.WaitForElement("[data-testid=follow-up-saved]");
        var posted = JsonSerializer.Deserialize<FollowUpUpdate>(Assert.Single(Http.Requests, r => r.Request.Method == HttpMethod.Post).Body,
            Core.Protocol.WireJson.Options);
        Assert.Equal(kept, posted);
        Assert.Equal("Done", cut.Find($"[data-testid=follow-up-item][data-action-id='{_first.ActionItemId}']").GetAttribute("data-status"));
        Assert.DoesNotContain(KeptKey, LocalStorage.Items.Keys);
    }

    private void Keep(FollowUpUpdate update, DateTimeOffset itemUpdatedAt) =>
        LocalStorage.Items[KeptKey] = JsonSerializer.Serialize(new KeptFollowUpUpdate(update, itemUpdatedAt), Core.Protocol.WireJson.Options);

    [Fact]
    public void A_kept_update_for_an_item_changed_elsewhere_since_is_shown_not_sent_and_saved_only_when_the_owner_says()
    {
        var kept = new FollowUpUpdate(Guid.NewGuid(), ActionStatus.Done, "方案已报送");
        Keep(kept, _first.UpdatedAt.AddDays(-2)); // the item was updated from another device after this was made
        Serve(View());

        var cut = RenderPage();

        cut.WaitForElement("[data-testid=follow-up-kept-conflict]");
        Assert.DoesNotContain(Http.Requests, r => r.Request.Method == HttpMethod.Post);
        var first = $"[data-action-id='{_first.ActionItemId}']";
        Assert.Equal("方案已报送", cut.Find($"{first} [data-testid=follow-up-progress]").GetAttribute("value"));
        Assert.Equal("true", cut.Find($"{first} [data-testid=follow-up-status][data-status=Done]").GetAttribute("aria-pressed"));
        cut.Find($"{first} [data-testid=save-follow-up]").Click();

        cut.WaitForElement("[data-testid=follow-up-saved]");
        var posted = JsonSerializer.Deserialize<FollowUpUpdate>(Assert.Single(Http.Requests, r => r.Request.Method == HttpMethod.Post).Body,
            Core.Protocol.WireJson.Options)!;
        Assert.NotEqual(kept.OpId, posted.OpId); // a new update: the old id may have been used already
        Assert.Equal((ActionStatus.Done, "方案已报送"), (posted.Status, posted.Progress));
    }

    [Fact]
    public void A_kept_update_that_arrived_but_whose_answer_was_lost_is_not_sent_again()
    {
        Keep(new FollowUpUpdate(Guid.NewGuid(), _first.Status, _first.Progress), _first.UpdatedAt.AddMinutes(-5));
        Serve(View());

        var cut = RenderPage();

        cut.WaitForElement("[data-testid=follow-up-item]");
        cut.WaitForAssertion(() => Assert.DoesNotContain(KeptKey, LocalStorage.Items.Keys));
        Assert.DoesNotContain(Http.Requests, r => r.Request.Method == HttpMethod.Post);
        Assert.Empty(cut.FindAll("[data-testid=follow-up-kept-conflict]"));
    }

    [Fact]
    public void Words_typed_while_an_update_waits_stay_unsaved_when_it_gets_through()
    {
        var attempts = 0;
        Serve(View(), update => ++attempts == 1
            ? throw new HttpRequestException("the Wi-Fi dropped")
            : StubHttpHandler.Json(_first with { Status = update.Status, Progress = update.Progress }));
        var cut = RenderPage();
        var first = $"[data-action-id='{_first.ActionItemId}']";
        cut.WaitForElement(first);
        cut.Find($"{first} [data-testid=follow-up-status][data-status=InProgress]").Click();
        cut.Find($"{first} [data-testid=save-follow-up]").Click();
        cut.WaitForElement("[data-testid=follow-up-waiting]");

        cut.Find($"{first} [data-testid=follow-up-progress]").Input("已约好下周汇报");
        Time.Advance(TimeSpan.FromSeconds(2)); // the kept update (status only) gets through

        cut.WaitForAssertion(() => Assert.Equal("InProgress", cut.Find($"[data-testid=follow-up-item]{first}").GetAttribute("data-status")));
        Assert.Empty(cut.FindAll($"{first} [data-testid=follow-up-saved]"));
        Assert.False(cut.Find($"{first} [data-testid=save-follow-up]").HasAttribute("disabled")); // the new words can still be saved
    }

    [Fact]
    public void A_network_held_back_for_too_many_attempts_keeps_the_update_and_tries_again()
    {
        var attempts = 0;
        Serve(View(), update => ++attempts == 1
            ? StubHttpHandler.Json(new ApiError(RejectionCode.TooManyAttempts, "slow down"), HttpStatusCode.TooManyRequests)
            : StubHttpHandler.Json(_first with { Status = update.Status }));
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=follow-up-item]");
        cut.Find("[data-testid=follow-up-status][data-status=InProgress]").Click();
        cut.Find("[data-testid=save-follow-up]").Click();
        cut.WaitForElement("[data-testid=follow-up-waiting]");
        Assert.Contains(KeptKey, LocalStorage.Items.Keys);

        Time.Advance(TimeSpan.FromSeconds(2));

        cut.WaitForElement("[data-testid=follow-up-saved]");
        Assert.Equal(2, attempts);
    }

    [Fact]
    public void A_refusal_is_shown_in_the_owners_language()
    {
        Serve(View(), _ => StubHttpHandler.Json(new ApiError(RejectionCode.ProgressTooLong, "too long"), HttpStatusCode.BadRequest));
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=follow-up-item]");

        cut.Find("[data-testid=follow-up-status][data-status=Blocked]").Click();
        cut.Find("[data-testid=save-follow-up]").Click();

        cut.WaitForAssertion(() => Assert.Equal("进展说明最多 500 个字。", cut.Find("[data-testid=error-message] span").TextContent));
    }

    [Fact]
    public void A_done_item_can_only_be_reopened_as_in_progress()
    {
        Serve(new FollowUpView("班", BoardLanguage.ZhCn, "李明", [_first with { Status = ActionStatus.Done }]));
        var cut = RenderPage();
        cut.WaitForElement("[data-testid=follow-up-item]");

        var disabled = cut.FindAll("[data-testid=follow-up-status]").Where(b => b.HasAttribute("disabled")).Select(b => b.GetAttribute("data-status"));

        Assert.Equal(["NotStarted", "Blocked"], disabled);
    }

    [Fact]
    public void An_invalid_link_says_why()
    {
        Http.Answer = _ => StubHttpHandler.Json(new ApiError(RejectionCode.InvalidFollowUpLink, "x"), HttpStatusCode.NotFound);

        var cut = RenderPage();

        cut.WaitForAssertion(() => Assert.Equal("这个跟进链接无效，请向促进师索取新的链接。", cut.Find("[data-testid=error-message] span").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=follow-up-item]"));
    }

    [Fact]
    public void The_page_is_in_the_workshops_language()
    {
        Serve(View(BoardLanguage.En));

        var cut = RenderPage();

        cut.WaitForElement("[data-testid=follow-up-item]");
        Assert.Equal(BoardLanguage.En, Services.GetRequiredService<UiLanguage>().Current);
    }
}
