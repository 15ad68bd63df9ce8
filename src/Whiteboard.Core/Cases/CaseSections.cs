namespace Whiteboard.Core.Cases;

/// <summary>
/// A case's write-up (rule K1), part by part: the background, the problem chosen and why (with its votes), the causes,
/// the options considered and the decision, the action plan, the reflections, and the lessons (经验). What happened
/// afterwards is not written here: it is read from the action items' follow-up whenever the case is shown.
/// </summary>
public sealed record CaseSections(
    string Background,
    string Problem,
    string Causes,
    string Options,
    string ActionPlan,
    string Reflections,
    string Lessons)
{
    public static CaseSections Empty { get; } = new("", "", "", "", "", "", "");

    /// <summary>Every part in order, with its name (for checks, search and the documents).</summary>
    public IEnumerable<(CaseSection Section, string Text)> All =>
    [
        (CaseSection.Background, Background), (CaseSection.Problem, Problem), (CaseSection.Causes, Causes),
        (CaseSection.Options, Options), (CaseSection.ActionPlan, ActionPlan), (CaseSection.Reflections, Reflections),
        (CaseSection.Lessons, Lessons),
    ];
}
