using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Insights;

/// <summary>What one participant wrote under their name, stage by stage (stage id → notes).</summary>
public sealed record PersonActivity(string Name, ParticipantLocation Location, IReadOnlyDictionary<string, int> NotesByStage)
{
    public int Notes => NotesByStage.Values.Sum();
}
