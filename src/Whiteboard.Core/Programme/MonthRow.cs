namespace Whiteboard.Core.Programme;

/// <summary>One month of the programme (by the class's calendar, rule W6): the workshops made in it and what they did.</summary>
public sealed record MonthRow(int Year, int Month, int Workshops, int Groups, int Trainees, double Hours, int ActionsMade, int ActionsDone);
