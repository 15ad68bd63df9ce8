using Whiteboard.Core.Participants;

namespace Whiteboard.Client.Workshops;

/// <summary>
/// The addresses of a workshop's screens, and who belongs where: a participant on their group's board; a facilitator or
/// observer of several groups on the console, from which they open any group's board.
/// </summary>
public static class WorkshopRoutes
{
    public static string Board(string code) => $"b/{Uri.EscapeDataString(code)}";

    public static string Console(string code) => $"{Board(code)}/console";

    public static string Projector(string code) => $"{Board(code)}/projector";

    public static string Group(string code, int number) => $"{Board(code)}/g/{number}";

    /// <summary>A group's session replayed from its stored events, for the facilitator.</summary>
    public static string Replay(string code, int number) => $"{Board(code)}/replay/{number}";

    /// <summary>/b/{code}: where this person should be instead, if not on their board.</summary>
    public static string? FromBoard(string code, ParticipantRole role, int groups) =>
        role != ParticipantRole.Participant && groups > 1 ? Console(code) : null;

    /// <summary>/b/{code}/console: participants have no console; they go to their board.</summary>
    public static string? FromConsole(string code, ParticipantRole role) =>
        role == ParticipantRole.Participant ? Board(code) : null;

    /// <summary>/b/{code}/g/{n}: only facilitators and observers open any group; a group that does not exist leads back.</summary>
    public static string? FromGroup(string code, ParticipantRole role, int groups, int number) =>
        role == ParticipantRole.Participant ? Board(code)
        : number < 1 || number > groups ? (groups > 1 ? Console(code) : Board(code))
        : null;
}
