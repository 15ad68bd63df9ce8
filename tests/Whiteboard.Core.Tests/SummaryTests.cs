using Whiteboard.Core.Privacy;
using Whiteboard.Core.Summaries;

namespace Whiteboard.Core.Tests;

/// <summary>Rule A7: the group's or the facilitator's summary, written while the Summary stage may be changed.</summary>
public class SummaryTests
{
    [Fact]
    public void Group_writes_the_summary_in_the_Summary_stage_and_writing_again_replaces_it()
    {
        // Rule A7
        var board = ActionLearningAt(StageIds.Summary);

        Assert.Equal(new SummaryWritten("我们选了“会议太多”。\n先在销售部试点。"), board.Accept(new WriteSummary(" 我们选了“会议太多”。\r\n先在销售部试点。 "), Alice));
        board.Accept(new WriteSummary("先在销售部试点，四周后复盘。"), Facilitator);

        Assert.Equal("先在销售部试点，四周后复盘。", board.State.Summary);
    }

    [Theory]
    [InlineData(StageIds.Problem)]
    [InlineData(StageIds.Plan)]
    [InlineData(StageIds.Action)]
    [InlineData(StageIds.Reflection)]
    public void Summary_outside_the_Summary_stage_is_NotSummaryStage(string stageId)
    {
        // Rule A7
        var board = ActionLearningAt(stageId);

        Assert.Equal(RejectionCode.NotSummaryStage, board.Reject(new WriteSummary("总结"), Alice));
        Assert.Equal(RejectionCode.NotSummaryStage, board.Reject(new WriteSummary("总结"), Facilitator));
    }

    [Fact]
    public void Summary_after_the_session_is_finished_needs_the_stage_reopened()
    {
        // Rules A7, ST4
        var board = ActionLearningAt(StageIds.Summary);
        board.Accept(new WriteSummary("第一稿"), Alice);
        board.Accept(new AdvanceStage(), Facilitator);

        Assert.Equal(RejectionCode.NotSummaryStage, board.Reject(new WriteSummary("第二稿"), Facilitator));
        Assert.Equal("第一稿", board.State.Summary);

        board.Accept(new ReopenStage(StageIds.Summary), Facilitator);
        board.Accept(new WriteSummary("第二稿"), Alice);
        Assert.Equal("第二稿", board.State.Summary);
    }

    [Fact]
    public void Locked_Summary_stage_is_the_facilitators_to_write_in()
    {
        // Rules A7, ST3, ST5
        var board = ActionLearningAt(StageIds.Summary);
        board.Accept(new LockStage(StageIds.Summary), Facilitator);

        Assert.Equal(RejectionCode.StageLocked, board.Reject(new WriteSummary("总结"), Alice));
        board.Accept(new WriteSummary("总结"), Facilitator);
    }

    [Fact]
    public void Observers_and_strangers_do_not_write_the_summary()
    {
        // Rule P3
        var board = ActionLearningAt(StageIds.Summary);

        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new WriteSummary("总结"), Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new WriteSummary("总结"), Stranger));
    }

    [Fact]
    public void Summary_is_at_most_2000_characters()
    {
        // Rules A7, B5
        var board = ActionLearningAt(StageIds.Summary);

        board.Accept(new WriteSummary(new string('总', 2000)), Alice);
        Assert.Equal(RejectionCode.SummaryTooLong, board.Reject(new WriteSummary(new string('总', 2001)), Alice));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new WriteSummary("总\u0000结"), Alice));
        Assert.Equal(2000, board.State.Summary.Length);
    }

    [Fact]
    public void Writing_nothing_clears_the_summary()
    {
        // Rule A7: the summary may be empty (the board starts without one)
        var board = ActionLearningAt(StageIds.Summary);
        Assert.Equal("", board.State.Summary);
        board.Accept(new WriteSummary("第一稿"), Alice);

        Assert.Equal(new SummaryWritten(""), board.Accept(new WriteSummary(" \n "), Alice));
        Assert.Equal("", board.State.Summary);
    }

    [Fact]
    public void Everyone_on_the_board_sees_the_summary()
    {
        // Rule A7: the summary is the board's, in every browser and snapshot
        var board = ActionLearningAt(StageIds.Summary);
        board.Accept(new WriteSummary("先在销售部试点。"), Bob);

        foreach (var person in new[] { Facilitator, Alice, Carol, Observer })
            Assert.Equal("先在销售部试点。", board.ClientState(person).Summary);
        Assert.Equal("先在销售部试点。", Visibility.Snapshot(board.State, Viewer.AnyParticipant).Summary);
    }
}
