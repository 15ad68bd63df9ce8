namespace Whiteboard.Client.Console;

/// <summary>What the facilitator's console shows: the groups at a glance, every action item, or how the groups took part.</summary>
public enum ConsoleView { Groups, Actions, Insight }
