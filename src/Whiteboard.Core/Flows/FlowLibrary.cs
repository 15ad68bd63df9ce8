using System.Collections.Frozen;

namespace Whiteboard.Core.Flows;

/// <summary>
/// The method library (rule F1): ready flows a facilitator picks when creating a workshop, written for this product in
/// zh-CN and en. Each is a JSON file built into the core (Flows/Library), read through the same checks as an imported file.
/// </summary>
public static class FlowLibrary
{
    /// <summary>The classic action-learning cycle: Problem → Plan → Action → Reflection → Summary.</summary>
    public const string ActionLearning = "action-learning";

    private static readonly Lazy<IReadOnlyList<Flow>> Flows = new(Load);
    private static readonly Lazy<FrozenDictionary<string, Flow>> ById = new(() => All.ToFrozenDictionary(f => f.Id));

    /// <summary>Every library flow, the classic cycle first.</summary>
    public static IReadOnlyList<Flow> All => Flows.Value;

    public static Flow? Find(string id) => ById.Value.GetValueOrDefault(id);

    private static IReadOnlyList<Flow> Load()
    {
        var assembly = typeof(FlowLibrary).Assembly;
        var flows = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Whiteboard.Core.Flows.Library.", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Select(name =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                var (flow, problem) = FlowJson.Read(reader.ReadToEnd());
                return flow ?? throw new InvalidOperationException($"The library flow {name} is invalid ({problem}).");
            })
            .ToList();
        return [.. flows.OrderBy(f => f.Id == ActionLearning ? 0 : 1).ThenBy(f => f.Id, StringComparer.Ordinal)];
    }
}
