namespace Whiteboard.Core.Tests;

/// <summary>The stage ids the templates give boards (rule W1).</summary>
internal static class StageIds
{
    public const string Brainstorm = "brainstorm";
    public const string Problem = "problem";
    public const string Plan = "plan";
    public const string Action = "action";
    public const string Reflection = "reflection";
    public const string Summary = "summary";
}
