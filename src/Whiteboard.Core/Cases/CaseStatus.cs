using System.Text.Json.Serialization;

namespace Whiteboard.Core.Cases;

/// <summary>Rule K3: a case is a draft its facilitator works on until it is published in the library (and back).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CaseStatus>))]
public enum CaseStatus { Draft, Published }
