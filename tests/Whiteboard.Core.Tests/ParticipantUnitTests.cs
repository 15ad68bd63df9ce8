using System.Text.Json;

namespace Whiteboard.Core.Tests;

/// <summary>Rule P7: a person's unit (单位), given when joining or set by a facilitator, one cleaned line or nothing.</summary>
public class ParticipantUnitTests
{
    [Fact]
    public void A_unit_given_when_joining_is_kept_cleaned_and_a_blank_one_is_none()
    {
        var board = Created();
        var (withUnit, without) = (Guid.NewGuid(), Guid.NewGuid());

        var joined = board.Accept(new JoinBoard(withUnit, "王芳", ParticipantRole.Participant, ParticipantLocation.InRoom, "  市发改委 "), withUnit);
        board.Accept(new JoinBoard(without, "李明", ParticipantRole.Participant, ParticipantLocation.InRoom, "\u3000 "), without);

        Assert.Equal("市发改委", ((ParticipantJoined)joined).Unit);
        Assert.Equal("市发改委", board.State.Participants[withUnit].Unit);
        Assert.Null(board.State.Participants[without].Unit);
    }

    [Fact]
    public void A_unit_of_61_characters_is_refused_and_nobody_joins_while_two_lines_become_one()
    {
        var board = Created();
        var id = Guid.NewGuid();
        Assert.Equal(RejectionCode.UnitTooLong,
            board.Reject(new JoinBoard(id, "王芳", ParticipantRole.Participant, ParticipantLocation.InRoom, new string('单', 61)), id));
        Assert.Empty(board.State.Participants);
        board.Accept(new JoinBoard(id, "王芳", ParticipantRole.Participant, ParticipantLocation.InRoom, new string('单', 60)), id);
        var other = Guid.NewGuid();
        board.Accept(new JoinBoard(other, "李明", ParticipantRole.Participant, ParticipantLocation.InRoom, "市委\n党校"), other); // B5
        Assert.Equal("市委 党校", board.State.Participants[other].Unit);
    }

    [Fact]
    public void A_facilitator_sets_corrects_and_clears_a_unit_and_nobody_else_may()
    {
        var board = WithParticipants();

        Assert.Equal(new ParticipantUnitSet(Alice, "财政局"), board.Accept(new SetParticipantUnit(Alice, " 财政局 "), Facilitator));
        Assert.Equal("财政局", board.State.Participants[Alice].Unit);
        board.Accept(new SetParticipantUnit(Alice, ""), Facilitator);
        Assert.Null(board.State.Participants[Alice].Unit);

        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new SetParticipantUnit(Alice, "冒充"), Alice));
        Assert.Equal(RejectionCode.NotAllowed, board.Reject(new SetParticipantUnit(Bob, "冒充"), Alice));
        Assert.Equal(RejectionCode.NotJoined, board.Reject(new SetParticipantUnit(Stranger, "某单位"), Facilitator));
        Assert.Equal(RejectionCode.UnitTooLong, board.Reject(new SetParticipantUnit(Alice, new string('单', 61)), Facilitator));
        Assert.Null(board.State.Participants[Alice].Unit);
    }

    [Fact]
    public void A_join_stored_before_units_reads_as_no_unit()
    {
        const string stored = """{"type":"participantJoined","participantId":"0000a000-0000-4000-8000-000000000002","name":"王芳","role":"participant","location":"inRoom"}""";

        var joined = Assert.IsType<ParticipantJoined>(JsonSerializer.Deserialize<BoardEvent>(stored, WireJson.Options));

        Assert.Null(joined.Unit);
        Assert.Equal("王芳", joined.Name);
    }
}
