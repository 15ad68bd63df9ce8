using System.Globalization;
using System.Resources;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Workshops;

/// <summary>
/// The stages each template gives a board, with their titles and guiding prompts from TemplateText.resx (zh-CN) and
/// TemplateText.en.resx, and the settings the method calls for: private, anonymous writing where juniors must feel safe
/// to speak (Problem, Reflection), dot voting where the group must choose (Problem, Plan).
/// </summary>
public static class Templates
{
    private static readonly ResourceManager Text = new("Whiteboard.Core.Workshops.TemplateText", typeof(Templates).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static readonly StageSettings PrivateAnonymous = new(true, true, false, 0, 1, false, 10 * 60);
    private static readonly StageSettings Voting = StageSettings.Open with { VoteBudget = 5, MaxVotesPerNote = 3, VotesHidden = true, TimerSeconds = 15 * 60 };

    public static IReadOnlyList<StageDefinition> StagesOf(WorkshopTemplate template) => template switch
    {
        WorkshopTemplate.ActionLearning =>
        [
            Define("problem", StageKind.Problem, PrivateAnonymous with { VoteBudget = 3, MaxVotesPerNote = 2, VotesHidden = true }),
            Define("plan", StageKind.Plan, Voting),
            Define("action", StageKind.Action, StageSettings.Open with { TimerSeconds = 20 * 60 }),
            Define("reflection", StageKind.Reflection, PrivateAnonymous),
            Define("summary", StageKind.Summary, StageSettings.Open),
        ],
        WorkshopTemplate.OpenBrainstorm => [Define("brainstorm", StageKind.Brainstorm, StageSettings.Open)],
        _ => throw new ArgumentOutOfRangeException(nameof(template)),
    };

    /// <summary>Whether a board of this template starts with its first stage open (the quick board) or waits for the facilitator.</summary>
    public static bool OpensAtOnce(WorkshopTemplate template) => template == WorkshopTemplate.OpenBrainstorm;

    private static StageDefinition Define(string id, StageKind kind, StageSettings settings) =>
        new(id, kind, Localized($"{kind}Title"), Localized($"{kind}Prompt"), settings);

    private static LocalizedText Localized(string key) =>
        new(Text.GetString(key, Chinese) ?? key, Text.GetString(key, English) ?? key);
}
