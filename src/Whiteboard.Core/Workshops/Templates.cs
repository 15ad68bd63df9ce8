using System.Globalization;
using System.Resources;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Flows;
using Whiteboard.Core.Stages;

namespace Whiteboard.Core.Workshops;

/// <summary>
/// The stages each template gives a board. The action-learning cycle is the method library's classic flow (its prompts,
/// settings and guides in Flows/Library/action-learning.json): private, anonymous writing where juniors must feel safe to
/// speak (Problem, Reflection), dot voting where the group must choose (Problem, Plan). The quick board's one stage has
/// its title and prompt in TemplateText.resx (zh-CN) and TemplateText.en.resx.
/// </summary>
public static class Templates
{
    private static readonly ResourceManager Text = new("Whiteboard.Core.Workshops.TemplateText", typeof(Templates).Assembly);
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<StageDefinition> StagesOf(WorkshopTemplate template) => template switch
    {
        WorkshopTemplate.ActionLearning => [.. FlowLibrary.Find(FlowLibrary.ActionLearning)!.Steps.Select(s => s.Stage)],
        WorkshopTemplate.OpenBrainstorm =>
        [
            new StageDefinition("brainstorm", StageKind.Brainstorm, Localized("BrainstormTitle"), Localized("BrainstormPrompt"), StageSettings.Open),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(template)),
    };

    /// <summary>Whether a board of this template starts with its first stage open (the quick board) or waits for the facilitator.</summary>
    public static bool OpensAtOnce(WorkshopTemplate template) => template == WorkshopTemplate.OpenBrainstorm;

    private static LocalizedText Localized(string key) =>
        new(Text.GetString(key, Chinese) ?? key, Text.GetString(key, English) ?? key);
}
