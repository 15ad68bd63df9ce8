namespace Whiteboard.Core.Tests.Sessions;

/// <summary>The people of a generated session, with the role each always joins with.</summary>
internal static class People
{
    /// <summary>Joins midway (if the session says so), as a participant.</summary>
    public static readonly Guid Latecomer = Guid.Parse("00001a7e-0000-4000-8000-000000000007");

    /// <summary>A second facilitator (a teaching assistant): receives the facilitators' version of the first one's actions.</summary>
    public static readonly Guid Assistant = Guid.Parse("0000f000-0000-4000-8000-000000000008");

    /// <summary>Everyone who is on the board from the start.</summary>
    public static readonly (Guid Id, string Name, ParticipantRole Role)[] AtStart =
    [
        (Facilitator, "李老师", ParticipantRole.Facilitator),
        (Alice, "王芳", ParticipantRole.Participant),
        (Bob, "Bob", ParticipantRole.Participant),
        (Carol, "陈静", ParticipantRole.Participant),
        (Observer, "旁听", ParticipantRole.Observer),
        (Assistant, "助教", ParticipantRole.Facilitator),
    ];

    public static ParticipantRole RoleOf(Guid id) =>
        id == Latecomer ? ParticipantRole.Participant : AtStart.Single(p => p.Id == id).Role;

    public static string Name(Guid id) =>
        id == Latecomer ? "Latecomer" : id == Stranger ? "Stranger" : id == Guid.Empty ? "server"
        : AtStart.Where(p => p.Id == id).Select(p => p.Name).DefaultIfEmpty(id.ToString()).Single();
}
