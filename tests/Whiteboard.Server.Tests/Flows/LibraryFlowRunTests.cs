using System.Net.Http.Json;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Protocol.Http;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Summaries;
using Whiteboard.Core.Voting;
using Whiteboard.Core.Zones;

namespace Whiteboard.Server.Tests.Flows;

/// <summary>
/// Rule F1 end to end on the real server: a workshop made from each library flow runs one note through every step —
/// written into a zone where the step has a canvas, revealed, voted, rated, turned into an action item, summed up —
/// by trainees and a facilitator over the hub, until every step is done.
/// </summary>
public sealed class LibraryFlowRunTests
{
    public static TheoryData<string> LibraryFlows => new(FlowLibrary.All.Select(f => f.Id));

    [Theory]
    [MemberData(nameof(LibraryFlows))]
    public async Task A_workshop_made_from_a_library_flow_runs_one_note_through_every_step(string flowId)
    {
        await using var app = TestApp.Start(settings: TestApp.ManyCommands);
        var response = await app.Http.PostAsJsonAsync("/api/workshops", new { title = "方法库", groups = 1, flow = flowId });
        var created = (await response.Content.ReadFromJsonAsync<CreateWorkshopResponse>(WireJson.Options))!;
        await using var facilitator = await app.JoinAsync(created.Code, "李老师", facilitatorSecret: TestApp.SecretOf(created.FacilitatorUrl));
        await using var writer = await app.JoinAsync(created.Code, "王芳");
        await using var colleague = await app.JoinAsync(created.Code, "李明");
        async Task<BoardState> Run(BoardClient who, BoardCommand command)
        {
            var ack = await who.SubmitAsync(command);
            Assert.True(ack.Rejection is null, $"{flowId}: {command.GetType().Name} refused as {ack.Rejection?.Code}");
            return await facilitator.WaitForSeqAsync(ack.Seq);
        }
        var flow = FlowLibrary.Find(flowId)!;
        Guid? note = null;

        foreach (var (step, i) in flow.Steps.Select((s, i) => (s.Stage, i)))
        {
            var board = facilitator.State.CurrentStage?.Id == step.Id ? facilitator.State : await Run(facilitator, new AdvanceStage());
            var stage = board.CurrentStage!;
            Assert.Equal(step.Id, stage.Id);
            if (stage.Allows(StageCapabilities.Notes))
            {
                // Rule Z2: in the middle of one of its zones, where the step has a canvas.
                var area = stage.Canvas.Areas() is { Count: > 0 } areas ? areas[i % areas.Count] : null;
                var (x, y) = area is null ? (120.0, 80.0) : (area.X + (area.Width - NoteSize.Width) / 2, area.Y + (area.Height - NoteSize.Height) / 2);
                note = Guid.NewGuid();
                board = await Run(writer, new AddNote(note.Value, stage.Id, $"{flowId} {stage.Id}", NoteColor.Yellow, x, y));
                Assert.Equal(area?.ZoneId, board.ZoneOf(board.Notes[note.Value]));
                if (board.Notes[note.Value].Hidden) await Run(facilitator, new RevealNotes(stage.Id)); // Rule H2
            }
            if (stage.HasVoting) await Run(colleague, new CastVote(note!.Value));
            if (stage.HasRating) await Run(colleague, new RateItem(note!.Value, stage.Criteria![0].Id, 4));
            if (stage.Allows(StageCapabilities.ActionItems))
                await Run(colleague, new CreateActionItem(Guid.NewGuid(), "下周一前拿出方案", new ActionOwner(writer.Joined!.ParticipantId, null), null, note));
            if (stage.Allows(StageCapabilities.Summary)) await Run(writer, new WriteSummary($"{flow.Title.ZhCn}：结论"));
        }
        var finished = await Run(facilitator, new AdvanceStage());

        Assert.All(finished.Stages, s => Assert.Equal(StageStatus.Done, s.Status));
        Assert.Contains(note!.Value, finished.Notes.Keys);
    }
}
