namespace Whiteboard.Core.Cases;

/// <summary>The parts of a case's write-up, in the order a case collection prints them (rule K1).</summary>
public enum CaseSection { Background, Problem, Causes, Options, ActionPlan, Reflections, Lessons }
