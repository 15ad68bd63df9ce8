namespace Whiteboard.Client.Console;

/// <summary>What the facilitator's console shows: the groups at a glance, every action item, how the groups took part, the
/// flow to revise (rule F5), or the workshop's access and data (signing out other devices, deleting it).</summary>
public enum ConsoleView { Groups, Actions, Insight, Flow, Manage }
