using Whiteboard.Core.Participants;

namespace Whiteboard.Core.Insights;

/// <summary>
/// What one participant wrote under their name, stage by stage (stage id → count): notes, questions asked on notes and
/// answers given. What they wrote anonymously is counted for the stage only (rule H3); their scores never are (R4).
/// </summary>
public sealed record PersonActivity(string Name, ParticipantLocation Location, IReadOnlyDictionary<string, int> NotesByStage)
{
    public IReadOnlyDictionary<string, int> QuestionsByStage { get; init; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> AnswersByStage { get; init; } = new Dictionary<string, int>();

    public int Notes => NotesByStage.Values.Sum();
    public int Questions => QuestionsByStage.Values.Sum();
    public int Answers => AnswersByStage.Values.Sum();
}
