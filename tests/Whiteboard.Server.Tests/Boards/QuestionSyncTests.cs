using Whiteboard.Core.Questions;
using AllowQuestions = Whiteboard.Core.Stages.AllowQuestions;
using ChangeStageSettings = Whiteboard.Core.Stages.ChangeStageSettings;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Boards;

/// <summary>Rules Q1–Q5 through the hub: decided by the core, stored, acknowledged and broadcast like every command.</summary>
public sealed class QuestionSyncTests
{
    [Fact]
    public async Task A_question_and_its_answer_reach_everyone_and_an_anonymous_step_hides_who_asked()
    {
        await using var app = TestApp.Start();
        await using var people = await NoteBoard.StartAsync(app);
        var (board, facilitator, alice, bob, note) = people;
        Assert.Equal(Core.Rejections.RejectionCode.NoQuestionsInStage,
            (await bob.SubmitAsync(new AskQuestion(Guid.NewGuid(), note, "慢在哪？"))).Rejection?.Code); // ST10
        Assert.True((await facilitator.SubmitAsync(new AllowQuestions(Stage, true))).Accepted); // ST11

        var named = Guid.NewGuid();
        await bob.SubmitAsync(new AskQuestion(named, note, "慢在哪一步？"));
        var answered = await alice.SubmitAsync(new AnswerQuestion(Guid.NewGuid(), named, "部门会签"));
        var seen = await bob.WaitForSeqAsync(answered.Seq);
        Assert.Equal(("慢在哪一步？", bob.Joined!.ParticipantId), (seen.Questions[named].Text, seen.Questions[named].AskerId));
        Assert.Equal(alice.Joined!.ParticipantId, seen.Questions[named].Answers.Single().AuthorId);

        var settings = (await facilitator.WaitForSeqAsync(answered.Seq)).StageById(Stage)!.Settings;
        await facilitator.SubmitAsync(new ChangeStageSettings(Stage, settings with { AnonymousAuthors = true, FacilitatorSeesAuthors = false }));
        var anonymous = Guid.NewGuid();
        var asked = await bob.SubmitAsync(new AskQuestion(anonymous, note, "谁定的规矩？"));
        foreach (var other in new[] { alice, facilitator })
        {
            var state = await other.WaitForSeqAsync(asked.Seq);
            Assert.Equal((Guid.Empty, "谁定的规矩？"), (state.Questions[anonymous].AskerId, state.Questions[anonymous].Text));
            Assert.Equal(Guid.Empty, other.Received.Single(e => e.Seq == asked.Seq).ActorId); // H3: not even on the envelope
            Assert.DoesNotContain(bob.Joined.ParticipantId.ToString(), other.RawMessages.Last(m => m.Contains(anonymous.ToString())));
        }
        Assert.Equal(bob.Joined.ParticipantId, (await bob.WaitForSeqAsync(asked.Seq)).Questions[anonymous].AskerId);

        // Rules Q2, Q5: the case report shows the threads under their note, in both formats, naming nobody
        foreach (var format in new[] { "md", "html" })
        {
            var report = await (await app.GetAsFacilitatorAsync($"/api/workshops/{board.Code}/report?format={format}", SecretOf(board.FacilitatorUrl)))
                .Content.ReadAsStringAsync();
            Assert.Contains("提问与回答", report);
            Assert.True(report.IndexOf("审批太慢", StringComparison.Ordinal) < report.IndexOf("问：慢在哪一步？", StringComparison.Ordinal), report);
            Assert.True(report.IndexOf("问：慢在哪一步？", StringComparison.Ordinal) < report.IndexOf("答：部门会签", StringComparison.Ordinal), report);
            Assert.Contains("问：谁定的规矩？", report);
        }
    }
}
