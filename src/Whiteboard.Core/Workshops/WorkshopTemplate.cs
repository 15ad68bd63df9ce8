using System.Text.Json.Serialization;

namespace Whiteboard.Core.Workshops;

/// <summary>The templates a workshop is made from (rule W1).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WorkshopTemplate>))]
public enum WorkshopTemplate
{
    /// <summary>Problem → Plan → Action → Reflection → Summary, run by the facilitator.</summary>
    ActionLearning,
    /// <summary>One stage, open from the start, no private writing: the quick board.</summary>
    OpenBrainstorm,
}
