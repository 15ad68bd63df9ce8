using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Cases;
using Whiteboard.Core.Summaries;

namespace Whiteboard.Core.Tests;

/// <summary>Rules K1–K4: a group's work pre-filled into a case, what a saved case may hold, and what a search matches.</summary>
public class CaseTests
{
    private static readonly DateTimeOffset Class = new(2026, 5, 20, 9, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_group_that_reached_its_last_step_is_prefilled_with_the_chosen_problem_its_votes_the_plan_and_the_actions()
    {
        var board = ActionLearningAt(StageIds.Problem);
        var chosen = board.AddNote(Alice, "审批材料反复提交");
        var other = board.AddNote(Bob, "会议太多");
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator); // private writing first (rule H1)
        board.Accept(new CastVote(chosen), Alice);
        board.Accept(new CastVote(chosen), Bob);
        board.Accept(new CastVote(other), Carol);
        board.Accept(new RevealVotes(StageIds.Problem), Facilitator); // a case shows what the room saw

        board.OpenStage(StageIds.Action);
        board.Accept(new CreateActionItem(Guid.NewGuid(), "梳理审批清单", new ActionOwner(Bob, null), new DateOnly(2026, 6, 30)), Alice);
        Assert.False(CaseDraft.Ready(board.State));
        board.OpenStage(StageIds.Summary);
        board.Accept(new WriteSummary("先减材料，再减环节"), Alice);
        Assert.True(CaseDraft.Ready(board.State));

        var draft = CaseDraft.From(Guid.NewGuid(), board.State, "青干班", Class, null, Class.AddDays(1));

        Assert.Equal("审批材料反复提交", draft.Title);
        Assert.StartsWith("- 审批材料反复提交（2 票）", draft.Sections.Problem);
        Assert.Contains("- 会议太多（1 票）", draft.Sections.Problem);
        Assert.Contains("梳理审批清单（Bob，2026-06-30）", draft.Sections.ActionPlan);
        Assert.Equal("先减材料，再减环节", draft.Sections.Lessons);
        Assert.Contains("青干班，第 1 组", draft.Sections.Background);
        Assert.Equal((CaseStatus.Draft, 2026, new DateOnly(2026, 5, 20)), (draft.Status, draft.Year, draft.ClassDate));
        var afterwards = Assert.Single(CaseAfterward.Of(board.State, new DateOnly(2026, 7, 1)));
        Assert.True(afterwards.Overdue);
        Assert.Equal(ActionStatus.NotStarted, afterwards.Status);
    }

    [Fact]
    public void A_saved_case_is_cleaned_and_one_too_long_or_with_too_many_topics_is_refused()
    {
        var edit = new CaseEdit("  审批提速 ", CaseSections.Empty with { Lessons = "第一条\r\n第二条" },
            new CaseTags(" 基层治理 ", "市发改委", ["审批", " 审批 ", "", "营商环境"]), CaseStatus.Published);

        var (clean, refused) = CaseRules.Check(edit);

        Assert.Null(refused);
        Assert.Equal("审批提速", clean!.Title);
        Assert.Equal("第一条\n第二条", clean.Sections.Lessons);
        Assert.Equal(["审批", "营商环境"], clean.Tags.Topics);
        Assert.Equal("基层治理", clean.Tags.Domain);
        Assert.Equal(RejectionCode.CaseTextTooLong,
            CaseRules.Check(edit with { Sections = CaseSections.Empty with { Causes = new string('因', 4_001) } }).Refusal);
        Assert.Equal(RejectionCode.CaseTagsInvalid,
            CaseRules.Check(edit with { Tags = edit.Tags with { Topics = [.. Enumerable.Range(0, 11).Select(i => $"题{i}")] } }).Refusal);
        Assert.Equal(RejectionCode.CaseTagsInvalid, CaseRules.Check(edit with { Tags = edit.Tags with { Topics = [new string('题', 21)] } }).Refusal);
        Assert.Equal(RejectionCode.TitleEmpty, CaseRules.Check(edit with { Title = " " }).Refusal);
        Assert.Equal(RejectionCode.MalformedMessage, CaseRules.Check(edit with { Sections = null! }).Refusal);
    }

    [Fact]
    public void Publishing_keeps_its_first_date_and_a_draft_again_has_none()
    {
        var draft = CaseDraft.From(Guid.NewGuid(), ActionLearningAt(StageIds.Summary).State, "青干班", Class, null, Class);
        var edit = new CaseEdit("案例", draft.Sections, draft.Tags, CaseStatus.Published);

        var published = draft.With(edit, Class.AddDays(2));
        var republished = published.With(edit with { Title = "改名" }, Class.AddDays(5));
        var unpublished = republished.With(edit with { Status = CaseStatus.Draft }, Class.AddDays(6));

        Assert.Equal(Class.AddDays(2), published.PublishedAt);
        Assert.Equal(Class.AddDays(2), republished.PublishedAt);
        Assert.Equal(Class.AddDays(5), republished.UpdatedAt);
        Assert.Null(unpublished.PublishedAt);
    }

    [Theory]
    [InlineData("改革", true)]
    [InlineData("批制度", true)]
    [InlineData("ＰＩＬＯＴ", true)]
    [InlineData("营商 pilot", true)]
    [InlineData("改革 海关", false)]
    [InlineData("", true)]
    public void A_search_matches_when_every_word_is_found_inside_words_ignoring_case_and_width(string query, bool matches)
    {
        var c = CaseDraft.From(Guid.NewGuid(), ActionLearningAt(StageIds.Summary).State, "Pilot 班", Class, null, Class) with
        {
            Title = "深化审批制度改革",
            Tags = new CaseTags("", "", ["营商环境"]),
        };

        Assert.Equal(matches, CaseSearch.Matches(c, CaseSearch.Terms(query)));
    }
}
