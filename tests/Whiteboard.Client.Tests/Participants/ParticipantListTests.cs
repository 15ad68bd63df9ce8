using Whiteboard.Client.Participants;

namespace Whiteboard.Client.Tests.Participants;

public class ParticipantListTests : ClientTestContext
{
    private readonly TestBoard _board = new();

    [Fact]
    public void Each_participant_shows_whether_they_are_online()
    {
        var cut = Render<ParticipantList>(p => p
            .Add(l => l.Participants, [_board.Facilitator, _board.Trainee])
            .Add(l => l.IsOnline, id => id == _board.Facilitator.Id)
            .Add(l => l.Me, _board.Trainee.Id));

        var entries = cut.FindAll("[data-testid=participant]");
        Assert.Equal(
            [(_board.Facilitator.Id.ToString(), "true"), (_board.Trainee.Id.ToString(), "false")],
            entries.Select(e => (e.GetAttribute("data-participant-id"), e.GetAttribute("data-online"))));
        Assert.Contains("1/2 在线", cut.Find("[data-testid=participants] h2").TextContent);
    }

    [Fact]
    public void The_facilitator_is_marked_and_trainees_show_where_they_are()
    {
        var cut = Render<ParticipantList>(p => p
            .Add(l => l.Participants, [_board.Trainee, _board.Facilitator])
            .Add(l => l.IsOnline, _ => true)
            .Add(l => l.Me, _board.Trainee.Id));

        var entries = cut.FindAll("[data-testid=participant]");
        Assert.Contains("促进师", entries[0].TextContent); // facilitators first
        Assert.DoesNotContain("现场", entries[0].TextContent); // a facilitator is asked no location: none is shown
        Assert.Contains("远程", entries[1].TextContent);
        Assert.Contains("（我）", entries[1].TextContent);
    }
}
