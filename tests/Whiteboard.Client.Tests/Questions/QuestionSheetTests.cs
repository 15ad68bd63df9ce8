using Microsoft.AspNetCore.Components.Web;
using Whiteboard.Client.Boards;
using Whiteboard.Client.Browser;
using Whiteboard.Core.Questions;

namespace Whiteboard.Client.Tests.Questions;

/// <summary>Questions on notes on the board (rules Q1–Q5, ST11): the count on the note, the thread, asking and answering.</summary>
public class QuestionSheetTests : ClientTestContext
{
    private readonly TestBoard _board = new(openStage: "plan");

    private void AllowQuestions() => _board.SetStage("plan", s => s.WithQuestions(true));

    [Fact]
    public void Asking_on_a_selected_note_sends_AskQuestion_with_what_was_typed()
    {
        AllowQuestions();
        _board.AnswerLater = _ => new TaskCompletionSource<CommandAck>().Task; // on its way, not answered yet
        var note = _board.AddNote("先做试点", stageId: "plan", author: _board.Colleague.Id);
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        Select(cut, note.Id);
        cut.WaitForElement("[data-testid=ask-question]").Click();
        Assert.Equal("先做试点", cut.Find("[data-testid=questioned-note]").TextContent);
        Assert.True(cut.Find("[data-testid=send-question]").HasAttribute("disabled")); // Q1: nothing typed yet
        cut.Find("[data-testid=question-input]").Input("  试点选哪个科室？ ");
        cut.Find("[data-testid=send-question]").Click();

        var ask = Assert.IsType<AskQuestion>(Assert.Single(_board.Commands));
        Assert.Equal((note.Id, "  试点选哪个科室？ "), (ask.NoteId, ask.Text));
        cut.WaitForAssertion(() => Assert.Equal("试点选哪个科室？", cut.Find("[data-testid=question-text]").TextContent)); // shown at once
        Assert.Equal("? 1", cut.Find("[data-testid=question-count]").TextContent.Trim());
    }

    [Fact]
    public void The_thread_shows_on_the_note_and_its_author_answers_in_the_sheet()
    {
        AllowQuestions();
        var note = _board.AddNote("先做试点", stageId: "plan", author: _board.Trainee.Id);
        var question = _board.AddQuestion(note, "多久见效？", _board.Colleague.Id, "三个月");
        var (cut, _) = RenderBoard(_board, _board.Trainee);

        cut.Find("[data-testid=question-count]").Click();

        Assert.Equal("多久见效？", cut.Find("[data-testid=question-text]").TextContent);
        Assert.Equal("张伟", cut.Find("[data-testid=question-asker]").TextContent);
        Assert.Equal(["三个月"], cut.FindAll("[data-testid=answer-text]").Select(a => a.TextContent));
        Assert.Empty(cut.FindAll("[data-testid=withdraw-question]")); // Q3: not the asker, not a facilitator
        cut.Find("[data-testid=answer-input]").Input("先看窗口科");
        cut.Find("[data-testid=send-answer]").Click();

        var answer = Assert.IsType<AnswerQuestion>(Assert.Single(_board.Commands));
        Assert.Equal((question.Id, "先看窗口科"), (answer.QuestionId, answer.Text));
    }

    [Fact]
    public void A_step_without_questions_offers_no_asking_and_a_locked_one_says_why()
    {
        var note = _board.AddNote("先做试点", stageId: "plan", author: _board.Colleague.Id);
        var (cut, _) = RenderBoard(_board, _board.Trainee);
        Select(cut, note.Id);
        Assert.Empty(cut.FindAll("[data-testid=ask-question]")); // ST10

        AllowQuestions();
        _board.SetStage("plan", s => s with { Status = StageStatus.Locked });
        _board.AddQuestion(note, "多久见效？", _board.Colleague.Id);
        var (locked, _) = RenderBoard(_board, _board.Trainee);
        locked.Find("[data-testid=question-count]").Click();
        Assert.Empty(locked.FindAll("[data-testid=question-input]"));
        Assert.Empty(locked.FindAll("[data-testid=answer-input]"));
        Assert.Equal("促进师已锁定这个阶段，内容暂时不能修改。", locked.Find("[data-testid=ask-reason]").TextContent.Trim());
    }

    [Fact]
    public void The_facilitator_removes_any_question_and_anonymous_writers_show_no_name()
    {
        AllowQuestions();
        var note = _board.AddNote("先做试点", stageId: "plan", author: _board.Colleague.Id);
        var question = _board.AddQuestion(note, "谁定的？", Guid.Empty); // as an anonymous asker reaches this browser
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=question-count]").Click();
        Assert.Equal("匿名", cut.Find("[data-testid=question-asker]").TextContent);
        cut.Find("[data-testid=withdraw-question]").Click();

        Assert.Equal(new WithdrawQuestion(question.Id), Assert.Single(_board.Commands));
    }

    [Fact]
    public void The_facilitator_turns_questioning_on_in_the_stage_settings()
    {
        var (cut, _) = RenderBoard(_board, _board.Facilitator);

        cut.Find("[data-testid=stage-settings]").Click();
        Assert.False(cut.Find("[data-testid=setting-questions]").HasAttribute("checked"));
        cut.Find("[data-testid=setting-questions]").Change(true);
        cut.Find("[data-testid=save-settings]").Click();

        Assert.Equal(new AllowQuestions("plan", true), Assert.Single(_board.Commands)); // ST11: the settings themselves did not change
    }

    [Fact]
    public void A_question_and_an_answer_being_typed_survive_a_reload_until_they_are_sent()
    {
        AllowQuestions();
        _board.AnswerLater = _ => new TaskCompletionSource<CommandAck>().Task;
        var note = _board.AddNote("先做试点", stageId: "plan", author: _board.Trainee.Id);
        var question = _board.AddQuestion(note, "多久见效？", _board.Colleague.Id);
        var key = StorageKeys.QuestionDraft(_board.BoardId, note.Id);
        var (first, _) = RenderBoard(_board, _board.Trainee);
        first.Find("[data-testid=question-count]").Click();
        first.Find("[data-testid=question-input]").Input("试点选哪个科室");
        first.Find("[data-testid=answer-input]").Input("大约三个");
        Time.Advance(TypingKeeper.Quiet);
        Assert.True(Storage.Items.ContainsKey(key));

        // The tablet reloads: the sheet opens again with the words in their boxes, and they go out as typed.
        var (cut, session) = RenderBoard(_board, _board.Trainee);
        cut.Find("[data-testid=question-count]").Click();
        cut.WaitForAssertion(() => Assert.Equal("试点选哪个科室", cut.Find("[data-testid=question-input]").TextContent));
        Assert.Equal("大约三个", cut.Find("[data-testid=answer-input]").TextContent);
        cut.Find("[data-testid=send-answer]").Click();
        cut.Find("[data-testid=send-question]").Click();

        var sent = session.Pending.Select(p => p.Command).ToList(); // on their way, one at a time
        Assert.Equal(new AnswerQuestion(((AnswerQuestion)sent[0]).AnswerId, question.Id, "大约三个"), sent[0]);
        Assert.Equal(new AskQuestion(((AskQuestion)sent[1]).QuestionId, note.Id, "试点选哪个科室"), sent[1]);
        cut.WaitForAssertion(() => Assert.False(Storage.Items.ContainsKey(key))); // the outbox holds them now
        Assert.Equal("", cut.Find("[data-testid=question-input]").TextContent); // a fresh box, not the sent words again
    }
}
