using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests.Workshops;

public class WorkshopRoutesTests
{
    private const string Code = "K7M2QX";

    [Fact]
    public void A_participant_stays_on_their_groups_board() =>
        Assert.Null(WorkshopRoutes.FromBoard(Code, ParticipantRole.Participant, groups: 4));

    [Fact]
    public void A_facilitator_of_two_groups_goes_on_to_the_console() =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromBoard(Code, ParticipantRole.Facilitator, groups: 2));

    [Fact]
    public void An_observer_of_two_groups_goes_on_to_the_console() =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromBoard(Code, ParticipantRole.Observer, groups: 2));

    [Fact]
    public void A_facilitator_of_a_single_group_stays_on_the_board() =>
        Assert.Null(WorkshopRoutes.FromBoard(Code, ParticipantRole.Facilitator, groups: 1));

    [Fact]
    public void A_participant_opening_the_console_is_sent_to_their_board() =>
        Assert.Equal("b/K7M2QX", WorkshopRoutes.FromConsole(Code, ParticipantRole.Participant));

    [Theory]
    [InlineData(ParticipantRole.Facilitator)]
    [InlineData(ParticipantRole.Observer)]
    public void Facilitators_and_observers_stay_on_the_console(ParticipantRole role) =>
        Assert.Null(WorkshopRoutes.FromConsole(Code, role));

    [Fact]
    public void A_participant_opening_another_group_is_sent_to_their_own_board() =>
        Assert.Equal("b/K7M2QX", WorkshopRoutes.FromGroup(Code, ParticipantRole.Participant, groups: 3, number: 2));

    [Fact]
    public void A_facilitator_opens_any_group() =>
        Assert.Null(WorkshopRoutes.FromGroup(Code, ParticipantRole.Facilitator, groups: 3, number: 3));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_group_that_does_not_exist_leads_back_to_the_console(int number) =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromGroup(Code, ParticipantRole.Observer, groups: 3, number: number));
}
