using Whiteboard.Client.Workshops;
using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Tests.Workshops;

public class WorkshopRoutesTests
{
    private const string Code = "K7M2QX";

    [Fact]
    public void A_Participant_Stays_On_Their_Groups_Board() =>
        Assert.Null(WorkshopRoutes.FromBoard(Code, ParticipantRole.Participant, groups: 4));

    [Fact]
    public void A_Facilitator_Of_Two_Groups_Goes_On_To_The_Console() =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromBoard(Code, ParticipantRole.Facilitator, groups: 2));

    [Fact]
    public void An_Observer_Of_Two_Groups_Goes_On_To_The_Console() =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromBoard(Code, ParticipantRole.Observer, groups: 2));

    [Fact]
    public void A_Facilitator_Of_A_Single_Group_Stays_On_The_Board() =>
        Assert.Null(WorkshopRoutes.FromBoard(Code, ParticipantRole.Facilitator, groups: 1));

    [Fact]
    public void A_Participant_Opening_The_Console_Is_Sent_To_Their_Board() =>
        Assert.Equal("b/K7M2QX", WorkshopRoutes.FromConsole(Code, ParticipantRole.Participant));

    [Theory]
    [InlineData(ParticipantRole.Facilitator)]
    [InlineData(ParticipantRole.Observer)]
    public void Facilitators_And_Observers_Stay_On_The_Console(ParticipantRole role) =>
        Assert.Null(WorkshopRoutes.FromConsole(Code, role));

    [Fact]
    public void A_Participant_Opening_Another_Group_Is_Sent_To_Their_Own_Board() =>
        Assert.Equal("b/K7M2QX", WorkshopRoutes.FromGroup(Code, ParticipantRole.Participant, groups: 3, number: 2));

    [Fact]
    public void A_Facilitator_Opens_Any_Group() =>
        Assert.Null(WorkshopRoutes.FromGroup(Code, ParticipantRole.Facilitator, groups: 3, number: 3));

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void A_Group_That_Does_Not_Exist_Leads_Back_To_The_Console(int number) =>
        Assert.Equal("b/K7M2QX/console", WorkshopRoutes.FromGroup(Code, ParticipantRole.Observer, groups: 3, number: number));
}
