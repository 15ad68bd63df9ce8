using Whiteboard.Core.Flows;
using Whiteboard.Core.Rejections;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Boards;

/// <summary>Rules B1, F1: a board is made once, from its workshop's template or its flow's steps.</summary>
internal static class BoardCreation
{
    public static Decision Decide(CreateBoard c)
    {
        if (!Enum.IsDefined(c.Language) || !Enum.IsDefined(c.Template) || c.WorkshopId == Guid.Empty) return RejectionCode.MalformedMessage;
        if (c.GroupNumber is < 1 or > BoardLimits.MaxGroupsPerWorkshop) return RejectionCode.WorkshopGroupsOutOfRange;
        if (c.Steps is { } steps && FlowRules.CheckSteps(steps) is { } invalid) return invalid; // F2
        var (title, refused) = TypedText.Title.Check(c.Title);
        return refused ?? Decision.Accept(new BoardCreated(title, c.Language, c.WorkshopId, c.GroupNumber,
            c.Steps ?? Templates.StagesOf(c.Template), Templates.OpensAtOnce(c.Template), c.Carried));
    }

    public static BoardState Apply(BoardState state, BoardCreated e, DateTimeOffset at)
    {
        var stages = e.Stages.Select(Stage.From).ToList();
        if (e.FirstStageOpen && stages.Count > 0) stages[0] = stages[0] with { Status = StageStatus.Open, OpenedAt = at, LastOpenedAt = at };
        return state with
        {
            Title = e.Title, Language = e.Language, WorkshopId = e.WorkshopId, GroupNumber = e.GroupNumber, Stages = [.. stages],
            Carried = [.. e.Carried ?? []],
        };
    }
}
