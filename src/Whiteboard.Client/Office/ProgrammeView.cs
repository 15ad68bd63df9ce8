namespace Whiteboard.Client.Office;

/// <summary>
/// The parts of the programme pages: every workshop (a facilitator: theirs), the case library, their open action items,
/// the numbers and facilitator records (rules PN1–PN8), the facilitators and their links, and data care — the last two
/// for the office only (rules O1–O4).
/// </summary>
public enum ProgrammeView { Workshops, Cases, Actions, Numbers, Records, Facilitators, Data }
