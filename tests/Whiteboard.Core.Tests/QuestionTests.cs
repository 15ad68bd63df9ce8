using Whiteboard.Core.Privacy;
using Whiteboard.Core.Questions;

namespace Whiteboard.Core.Tests;

/// <summary>Rules Q1–Q5 and ST11: questions on notes (提问), their answers, and who sees whom.</summary>
public class QuestionTests
{
    private const string Clarify = "clarify";

    private static StageDefinition Step(StageCapabilities capabilities, bool anonymous = false, bool privateWriting = false) =>
        new(Clarify, StageKind.Problem, new LocalizedText("问题澄清", "Clarify"), new LocalizedText("提问", "Ask"),
            StageSettings.Open with { AnonymousAuthors = anonymous, FacilitatorSeesAuthors = false, PrivateWriting = privateWriting },
            capabilities);

    private static TestBoard Questioning(bool anonymous = false, bool privateWriting = false) =>
        WithSteps(Step(StageCapabilities.Notes | StageCapabilities.Questions, anonymous, privateWriting));

    private static Guid Ask(TestBoard board, Guid note, Guid asker, string text = "这个问题多久了？")
    {
        var id = Guid.NewGuid();
        board.Accept(new AskQuestion(id, note, text), asker);
        return id;
    }

    [Fact]
    public void Anyone_asks_on_a_note_and_the_author_answers_in_one_ordered_thread()
    {
        // Rules Q1, Q2
        var board = Questioning();
        var note = board.AddNote(Alice, "审批太慢");
        var question = Ask(board, note, Bob, "  慢在哪一步？ ");
        board.Accept(new AnswerQuestion(Guid.NewGuid(), question, "部门会签"), Alice);
        board.Accept(new AnswerQuestion(Guid.NewGuid(), question, "还有财务"), Facilitator);
        Ask(board, note, Facilitator, "谁最着急？");

        var thread = QuestionAccess.On(board.State, note).ToList();
        Assert.Equal(["慢在哪一步？", "谁最着急？"], thread.Select(q => q.Text));
        Assert.Equal((Bob, Clarify), (thread[0].AskerId, thread[0].StageId));
        Assert.Equal(["部门会签", "还有财务"], thread[0].Answers.Select(a => a.Text));
        Assert.Equal([Alice, Facilitator], thread[0].Answers.Select(a => a.AuthorId));
    }

    [Fact]
    public void A_step_without_questions_refuses_them_until_the_facilitator_turns_them_on()
    {
        // Rules ST10, ST11
        var board = WithSteps(Step(StageCapabilities.Notes));
        var note = board.AddNote(Alice);

        Assert.Equal(RejectionCode.NoQuestionsInStage, board.Reject(new AskQuestion(Guid.NewGuid(), note, "为什么？"), Bob));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new AllowQuestions(Clarify, true), Bob)); // ST7
        board.Accept(new AllowQuestions(Clarify, true), Facilitator);
        Assert.True(board.Stage(Clarify).Allows(StageCapabilities.Notes | StageCapabilities.Questions));
        Ask(board, note, Bob);
        board.Accept(new AllowQuestions(Clarify, false), Facilitator);
        Assert.Equal(RejectionCode.NoQuestionsInStage, QuestionAccess.CheckAsk(board.State, note, board.ViewerOf(Bob)));
        Assert.True(board.Stage(Clarify).Allows(StageCapabilities.Notes));
    }

    [Fact]
    public void The_classic_cycle_allows_no_questions_until_turned_on_and_keeps_what_its_stage_allowed()
    {
        // Rules ST10, ST11: the classic stages are unchanged by default
        var board = ActionLearningAt(StageIds.Problem);
        var note = board.AddNote(Alice);
        board.Accept(new RevealNotes(StageIds.Problem), Facilitator);
        Assert.Equal(RejectionCode.NoQuestionsInStage, board.Reject(new AskQuestion(Guid.NewGuid(), note, "为什么？"), Bob));

        board.Accept(new AllowQuestions(StageIds.Problem, true), Facilitator);
        Assert.Equal(StageKind.Problem.Capabilities() | StageCapabilities.Questions, board.Stage(StageIds.Problem).Capabilities);
        Ask(board, note, Bob);
    }

    [Fact]
    public void The_library_asks_questions_where_the_method_clarifies_and_the_classic_cycle_nowhere()
    {
        // Rules F1, ST10
        static string[] Asking(string flow) => [.. Flows.FlowLibrary.Find(flow)!.Steps
            .Where(s => (s.Stage.Capabilities ?? s.Stage.Kind.Capabilities()).HasFlag(StageCapabilities.Questions)).Select(s => s.Stage.Id)];

        Assert.Equal(["symptom", "ask-why"], Asking("five-whys"));
        Assert.Equal(["list-and-rank"], Asking("nominal-group"));
        Assert.Empty(Asking(Flows.FlowLibrary.ActionLearning));
    }

    [Fact]
    public void Observers_strangers_hidden_notes_locked_and_closed_steps_refuse_a_question()
    {
        // Rules Q1, P3, H1, H4, ST5
        var board = Questioning(privateWriting: true);
        var hidden = board.AddNote(Alice, "私下写的");

        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Bob)); // H1
        Assert.Equal(RejectionCode.HiddenNote, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Alice)); // H4
        Assert.Equal(RejectionCode.NoteNotFound, board.Reject(new AskQuestion(Guid.NewGuid(), Guid.NewGuid(), "是什么？"), Bob));
        board.Accept(new RevealNotes(Clarify), Facilitator);
        Assert.Equal(RejectionCode.ObserverReadOnly, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Observer));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Stranger));

        board.Accept(new LockStage(Clarify), Facilitator);
        Assert.Equal(RejectionCode.StageLocked, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Bob));
        var question = Ask(board, hidden, Facilitator); // ST3: facilitators still may
        Assert.Equal(RejectionCode.StageLocked, board.Reject(new AnswerQuestion(Guid.NewGuid(), question, "答"), Alice));
        board.Accept(new AdvanceStage(), Facilitator);
        Assert.Equal(RejectionCode.StageNotOpen, board.Reject(new AskQuestion(Guid.NewGuid(), hidden, "是什么？"), Facilitator));
    }

    [Fact]
    public void Text_is_bounded_like_a_note_and_ids_are_unique_on_the_board()
    {
        // Rules Q1, B5, B6
        var board = Questioning();
        var note = board.AddNote(Alice);
        Assert.Equal(RejectionCode.QuestionTextEmpty, board.Reject(new AskQuestion(Guid.NewGuid(), note, " \n "), Bob));
        Assert.Equal(RejectionCode.QuestionTextTooLong, board.Reject(new AskQuestion(Guid.NewGuid(), note, new string('问', 501)), Bob));
        Assert.Equal(RejectionCode.TextHasControlCharacters, board.Reject(new AskQuestion(Guid.NewGuid(), note, "问\u0007"), Bob));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new AskQuestion(note, note, "问"), Bob));
        Assert.Equal(RejectionCode.MalformedMessage, board.Reject(new AskQuestion(Guid.Empty, note, "问"), Bob));
        var question = Ask(board, note, Bob, new string('问', 500));
        Assert.Equal(RejectionCode.QuestionAlreadyExists, board.Reject(new AskQuestion(question, note, "问"), Bob));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new AnswerQuestion(question, question, "答"), Alice));
        Assert.Equal(RejectionCode.IdInUse, board.Reject(new AddNote(question, Clarify, "便签", NoteColor.Blue, 0, 0), Alice));
        Assert.Equal(RejectionCode.QuestionNotFound, board.Reject(new AnswerQuestion(Guid.NewGuid(), Guid.NewGuid(), "答"), Alice));
        Assert.Equal(RejectionCode.QuestionTextEmpty, board.Reject(new AnswerQuestion(Guid.NewGuid(), question, ""), Alice));
    }

    [Fact]
    public void The_asker_rewords_and_withdraws_their_question_and_a_facilitator_removes_any()
    {
        // Rule Q3
        var board = Questioning();
        var note = board.AddNote(Alice);
        var bobs = Ask(board, note, Bob, "多久了");
        board.Accept(new AnswerQuestion(Guid.NewGuid(), bobs, "三年"), Alice);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new EditQuestion(bobs, "改"), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new EditQuestion(bobs, "改"), Facilitator)); // nobody changes another's words
        board.Accept(new EditQuestion(bobs, "持续多久了？"), Bob);
        Assert.Equal("持续多久了？", board.State.Questions[bobs].Text);
        Assert.Single(board.State.Questions[bobs].Answers);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new WithdrawQuestion(bobs), Alice));
        board.Accept(new WithdrawQuestion(bobs), Bob);
        Assert.Empty(board.State.Questions);
        Assert.Equal(RejectionCode.QuestionNotFound, board.Reject(new AnswerQuestion(Guid.NewGuid(), bobs, "答"), Alice));

        var alices = Ask(board, note, Alice, "我自己问");
        board.Accept(new WithdrawQuestion(alices), Facilitator);
        Assert.Empty(board.State.Questions);
    }

    [Fact]
    public void One_person_writes_at_most_the_quota_of_questions_and_answers_in_a_step_facilitators_none()
    {
        // Rule Q4
        var board = Questioning();
        var note = board.AddNote(Alice);
        var first = Ask(board, note, Bob);
        for (var i = 1; i < BoardLimits.MaxQuestionPostsPerParticipantPerStage; i++)
            board.Accept(i % 2 == 0 ? new AskQuestion(Guid.NewGuid(), note, $"问{i}") : new AnswerQuestion(Guid.NewGuid(), first, $"答{i}"), Bob);

        Assert.Equal(RejectionCode.QuestionQuotaReached, board.Reject(new AskQuestion(Guid.NewGuid(), note, "再问"), Bob));
        Assert.Equal(RejectionCode.QuestionQuotaReached, board.Reject(new AnswerQuestion(Guid.NewGuid(), first, "再答"), Bob));
        Assert.Equal(RejectionCode.QuestionQuotaReached, QuestionAccess.CheckAsk(board.State, note, board.ViewerOf(Bob)));
        board.Accept(new EditQuestion(first, "改一下"), Bob); // rewording writes nothing new
        Ask(board, note, Alice);
        Ask(board, note, Facilitator);
        Assert.Equal("你在这一步已写了 100 条提问和回答，这是每人的上限。",
            RejectionText.Message(RejectionCode.QuestionQuotaReached, System.Globalization.CultureInfo.GetCultureInfo("zh-CN")));
    }

    [Fact]
    public void A_deleted_note_takes_its_threads_with_it()
    {
        // Rule Q5
        var board = Questioning();
        var note = board.AddNote(Alice);
        var other = board.AddNote(Bob);
        var question = Ask(board, note, Bob);
        Ask(board, other, Alice);
        board.Accept(new DeleteNote(note), Alice);

        Assert.DoesNotContain(question, board.State.Questions.Keys);
        Assert.Single(board.State.Questions);
    }

    /// <summary>An action-learning board (its events replay from the start) in the Plan stage, questioning turned on.</summary>
    private static TestBoard PlanWithQuestions(bool anonymous)
    {
        var board = ActionLearningAt(StageIds.Plan);
        board.Configure(StageIds.Plan, s => s with { AnonymousAuthors = anonymous, FacilitatorSeesAuthors = false });
        board.Accept(new AllowQuestions(StageIds.Plan, true), Facilitator);
        return board;
    }

    [Fact]
    public void In_an_anonymous_step_nobody_else_learns_who_asked_or_answered()
    {
        // Rules Q5, H3
        var board = PlanWithQuestions(anonymous: true);
        var note = board.AddNote(Alice);
        var question = Ask(board, note, Bob, "谁定的规矩？");
        board.Accept(new AnswerQuestion(Guid.NewGuid(), question, "处里"), Alice);
        board.Accept(new EditQuestion(question, "规矩谁定的？"), Bob);

        Assert.Equal(NoteAnonymity.HiddenFromEveryone, board.State.Questions[question].Anonymity);
        foreach (var person in new[] { Alice, Facilitator, Observer })
        {
            var seen = board.ClientState(person).Questions[question];
            Assert.Equal(Guid.Empty, seen.AskerId);
            Assert.Equal(person == Alice ? Alice : Guid.Empty, seen.Answers.Single().AuthorId);
            Assert.All(board.Received(person).Where(e => e.Event is QuestionAsked or QuestionEdited),
                e => Assert.Equal(Guid.Empty, e.ActorId));
            BoardStatesEqual(Visibility.Snapshot(board.State, board.ViewerOf(person)), board.ClientState(person));
        }
        Assert.Equal(Bob, board.ClientState(Bob).Questions[question].AskerId);
    }

    [Fact]
    public void A_named_step_names_the_asker_and_every_browser_holds_its_projection()
    {
        // Rule Q5
        var board = PlanWithQuestions(anonymous: false);
        var note = board.AddNote(Alice);
        var question = Ask(board, note, Bob);
        board.Accept(new AnswerQuestion(Guid.NewGuid(), question, "答"), Alice);

        foreach (var person in new[] { Alice, Bob, Facilitator, Observer })
        {
            Assert.Equal(Bob, board.ClientState(person).Questions[question].AskerId);
            BoardStatesEqual(Visibility.Snapshot(board.State, board.ViewerOf(person)), board.ClientState(person));
        }
        Assert.Equal(SnapshotJson(board.State), SnapshotJson(Board.Replay(BoardId, board.Events))); // B4
    }

    private static void BoardStatesEqual(BoardState expected, BoardState actual) => Assert.Equal(SnapshotJson(expected), SnapshotJson(actual));
}
