using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Flows;

/// <summary>
/// A workshop's method (rules F1–F3): its steps in order, each a stage with what it allows, its canvas, prompt and timer,
/// and the facilitator's guide. The library's flows and a facilitator's own designs are the same thing.
/// </summary>
public sealed record Flow(string Id, LocalizedText Title, LocalizedText Summary, IReadOnlyList<FlowStep> Steps);
