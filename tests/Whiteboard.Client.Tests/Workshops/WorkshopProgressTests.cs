using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests.Workshops;

public class WorkshopProgressTests
{
    private readonly TestWorkshop _workshop = new(groups: 3);

    private List<Whiteboard.Core.Boards.BoardState> States => [.. _workshop.Groups.Select(g => g.Snapshot(_workshop).ToState())];

    [Fact]
    public void A_Workshop_Where_No_Group_Opened_A_Stage_Has_Not_Started()
    {
        Assert.True(WorkshopProgress.NotStarted(States));
        Assert.Null(WorkshopProgress.Leading(States));
    }

    [Fact]
    public void The_Leading_Board_Is_At_The_Stage_Most_Groups_Are_At()
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
    public void Members_Are_The_Active_Trainees_Not_The_Facilitators_Or_Observers()
    {
        var li = _workshop.Join(1, "李明");
        var moved = _workshop.Join(1, "张伟");
        _workshop[1].People[1] = moved with { Active = false };

        var members = WorkshopProgress.Members(States[0]).ToList();

        Assert.Equal([li.Id], members.Select(p => p.Id));
        Assert.All(members, p => Assert.Equal(ParticipantRole.Participant, p.Role));
    }
}
