using System.Text.Json;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Questions;
using Whiteboard.Core.Rejections;
using AllowQuestions = Whiteboard.Core.Stages.AllowQuestions;
using ChangeStageSettings = Whiteboard.Core.Stages.ChangeStageSettings;
using LockStage = Whiteboard.Core.Stages.LockStage;
using UnlockStage = Whiteboard.Core.Stages.UnlockStage;
using static Whiteboard.Server.Tests.Support.TestApp;

namespace Whiteboard.Server.Tests.Attacks;

/// <summary>
/// Rules Q1, Q4, H1, ST5, ST10 against someone who speaks the protocol by hand: questions flooded, asked on a note still
/// private, in a locked step and in a step without questioning. The server refuses each, and the honest go on asking.
/// </summary>
public sealed class QuestionFloodTests
{
    [Fact]
    public async Task Flooded_questions_stop_at_the_quota_refusals_change_nothing_and_the_honest_carry_on()
    {
        await using var app = TestApp.Start();
        await using var people = await NoteBoard.StartAsync(app);
        var (board, facilitator, alice, bob, note) = people;

        // Connection after connection as the same person, each flooded as fast as the socket goes: the quota holds whatever the pace.
        string? token = null;
        var boardId = Guid.Empty;
        async Task<RawHubSocket> ConnectAsync()
        {
            var socket = await RawHubSocket.ConnectAsync(app.BaseAddress);
            var join = (await socket.InvokeAsync(BoardHubMethods.Join, RawHubSocket.Json(new JoinRequest(board.Code, "刷屏", ParticipantToken: token))))
                .Deserialize<JoinResult>(WireJson.Options)!;
            (token, boardId) = (join.ParticipantToken, join.Boards[0].BoardId);
            return socket;
        }
        var raw = await ConnectAsync();
        async Task<string?> Attack(BoardCommand command) =>
            (await raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(new CommandEnvelope(Guid.NewGuid(), boardId, command))))
            .GetProperty("rejection") is { ValueKind: not JsonValueKind.Null } r ? r.GetProperty("code").GetString() : null;

        Assert.Equal(nameof(RejectionCode.NoQuestionsInStage), await Attack(new AskQuestion(Guid.NewGuid(), note, "没开也问")));
        Assert.Equal(nameof(RejectionCode.NotAllowed), await Attack(new AllowQuestions(Stage, true))); // ST7
        await facilitator.SubmitAsync(new AllowQuestions(Stage, true));

        var stored = 0;
        for (var round = 0; round < 4; round++)
        {
            if (round > 0)
            {
                await raw.DisposeAsync();
                raw = await ConnectAsync();
            }
            var acks = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => raw.InvokeAsync(BoardHubMethods.Submit, RawHubSocket.Json(
                new CommandEnvelope(Guid.NewGuid(), boardId, new AskQuestion(Guid.NewGuid(), note, $"垃圾 {round}-{i}"))))));
            stored += acks.Count(a => a.GetProperty("rejection").ValueKind == JsonValueKind.Null);
            Assert.All(acks.Where(a => a.GetProperty("rejection").ValueKind != JsonValueKind.Null),
                a => Assert.Contains(a.GetProperty("rejection").GetProperty("code").GetString(),
                    new[] { nameof(RejectionCode.QuestionQuotaReached), nameof(RejectionCode.TooFast) }));
        }
        Assert.Equal(BoardLimits.MaxQuestionPostsPerParticipantPerStage, stored);
        Assert.Equal(nameof(RejectionCode.QuestionQuotaReached), await Attack(new AskQuestion(Guid.NewGuid(), note, "还想问")));

        var settings = (await facilitator.WaitForSeqAsync(facilitator.State.Seq)).StageById(Stage)!.Settings;
        await facilitator.SubmitAsync(new ChangeStageSettings(Stage, settings with { PrivateWriting = true }));
        var hidden = Guid.NewGuid();
        await alice.SubmitAsync(new AddNote(hidden, Stage, "私下写的", NoteColor.Blue, 200, 0));
        Assert.Equal(nameof(RejectionCode.NoteNotFound), await Attack(new AskQuestion(Guid.NewGuid(), hidden, "偷看"))); // H1
        Assert.Equal(RejectionCode.NoteNotFound, (await bob.SubmitAsync(new AskQuestion(Guid.NewGuid(), hidden, "偷看"))).Rejection?.Code);

        await facilitator.SubmitAsync(new LockStage(Stage));
        Assert.Equal(RejectionCode.StageLocked, (await bob.SubmitAsync(new AskQuestion(Guid.NewGuid(), note, "锁了还问"))).Rejection?.Code);
        await facilitator.SubmitAsync(new UnlockStage(Stage));

        var honest = Guid.NewGuid();
        Assert.True((await bob.SubmitAsync(new AskQuestion(honest, note, "慢在哪一步？"))).Accepted);
        var answered = await alice.SubmitAsync(new AnswerQuestion(Guid.NewGuid(), honest, "部门会签"));
        Assert.True(answered.Accepted);
        var seen = await bob.WaitForSeqAsync(answered.Seq);
        Assert.Equal(["部门会签"], seen.Questions[honest].Answers.Select(a => a.Text));
        Assert.DoesNotContain(hidden.ToString(), bob.Everything); // H1: the private note never reached another browser
        await raw.DisposeAsync();
    }
}
