using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests.Workshops;

public class WorkshopProgressTests
{
    private readonly TestWorkshop _workshop = new(groups: 3);

    private List<Whiteboard.Core.Boards.BoardState> States => [.. _workshop.Groups.Select(g => g.Snapshot(_workshop).ToState())];

    [Fact]
    public void A_workshop_where_no_group_opened_a_stage_has_not_started()
    {
        Assert.True(WorkshopProgress.NotStarted(States));
        Assert.Null(WorkshopProgress.Leading(States));
    }

    [Fact]
    public void The_leading_board_is_at_the_stage_most_groups_are_at()
    {
        _workshop.Open("problem", only: 1);
        _workshop[2].SetStage("problem", s => s with { Status = StageStatus.Done });
        _workshop[2].SetStage("plan", s => s with { Status = StageStatus.Open });
        _workshop[3].SetStage("problem", s => s with { Status = StageStatus.Done });
        _workshop[3].SetStage("plan", s => s with { Status = StageStatus.Locked });

        var leading = WorkshopProgress.Leading(States);

        Assert.False(WorkshopProgress.NotStarted(States));
        Assert.Equal(2, leading!.GroupNumber);
        Assert.Equal("plan", leading.CurrentStage!.Id);
    }

    [Fact]
    public void Members_are_the_active_trainees_not_the_facilitators_or_observers()
    {
        var li = _workshop.Join(1, "李明");
        var moved = _workshop.Join(1, "张伟");
        _workshop[1].People[1] = moved with { Active = false };

        var members = WorkshopProgress.Members(States[0]).ToList();

        Assert.Equal([li.Id], members.Select(p => p.Id));
        Assert.All(members, p => Assert.Equal(ParticipantRole.Participant, p.Role));
    }
}
