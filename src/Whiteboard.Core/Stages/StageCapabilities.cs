using System.Text.Json.Serialization;

namespace Whiteboard.Core.Stages;

/// <summary>
/// What a stage (a step of a flow) lets the group do (rule ST10). A flow is built from steps that each say what they
/// allow; the rules of each capability are the same in every step that has it.
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<StageCapabilities>))]
public enum StageCapabilities
{
    None = 0,
    /// <summary>Writing sticky notes (private and anonymous as the stage's settings say).</summary>
    Notes = 1,
    /// <summary>Grouping notes into clusters, naming and dissolving them.</summary>
    Clustering = 2,
    /// <summary>Dot voting on notes and clusters, when the stage also has a vote budget.</summary>
    Voting = 4,
    /// <summary>Turning notes into action items with an owner and a due date.</summary>
    ActionItems = 8,
    /// <summary>Writing the group's summary.</summary>
    Summary = 16,
    /// <summary>Asking questions on notes and answering them (提问, rules Q1–Q5).</summary>
    Questions = 32,
    /// <summary>Rating notes and clusters 1–5 on the step's weighted criteria (rules R1–R5).</summary>
    Rating = 64,
}
