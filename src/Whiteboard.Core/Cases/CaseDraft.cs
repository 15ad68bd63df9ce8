using System.Globalization;
using System.Text;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Reports;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Voting;
using Whiteboard.Core.Workshops;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Cases;

/// <summary>
/// Rule K1: a group's work pre-filled into a case from what the room could see (the case report: revealed notes only,
/// anonymous ones without names) — the facilitator then edits it. The problem chosen with its dots and the runners-up,
/// the causes from a fishbone's bones, the options ranked by dots and by rating, the action plan, the reflections, and
/// the group's summary as the first lessons.
/// </summary>
public static class CaseDraft
{
    /// <summary>Rule K1: a group's work is ready to become a case once it reached its last step (or the flow is done).</summary>
    public static bool Ready(BoardState board) => board.Stages.Count > 0 && board.Stages[^1].Status != StageStatus.NotOpen;

    public static Case From(Guid caseId, BoardState board, string workshopTitle, DateTimeOffset workshopCreated, Guid? facilitatorId,
        DateTimeOffset now)
    {
        var language = board.Language;
        var group = CaseReports.Build(workshopTitle, language, [board], now).Groups[0];
        var zh = language == BoardLanguage.ZhCn;
        var title = TypedText.Title.Check(group.ChosenProblem is { } chosen ? chosen.Text : workshopTitle).Text;
        var sections = new CaseSections(
            Background(group, workshopTitle, workshopCreated, zh),
            Ranked(group.Problems, zh),
            Causes(group, zh),
            Options(group, zh),
            string.Join('\n', group.Actions.Select(a => $"- {a.What}{Aside(zh, a.OwnerName, a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}")),
            string.Join('\n', group.Reflections.Select(r => $"- {r}")),
            group.Summary);
        return new Case(caseId, board.WorkshopId, workshopTitle, ClassTime.Today(workshopCreated), board.BoardId, board.GroupNumber,
            facilitatorId, language, title, Clip(sections), CaseTags.None, CaseStatus.Draft, now, now, null);
    }

    private static string Background(GroupReport group, string workshopTitle, DateTimeOffset created, bool zh)
    {
        var people = group.Participants.Count(p => p.Role == Participants.ParticipantRole.Participant);
        var day = ClassTime.Today(created).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var prompt = group.Stages.FirstOrDefault(s => s.Kind == StageKind.Problem)?.Prompt;
        return zh
            ? $"{workshopTitle}，第 {group.GroupNumber} 组，{people} 名学员，{day}。{(prompt is { Length: > 0 } ? $"研讨的问题：{prompt}" : "")}"
            : $"{workshopTitle}, group {group.GroupNumber}, {people} trainees, {day}.{(prompt is { Length: > 0 } ? $" The question: {prompt}" : "")}";
    }

    /// <summary>What the dots chose first, then the rest by their dots (rule V4).</summary>
    private static string Ranked(RankedStage ranked, bool zh) =>
        string.Join('\n', ranked.ByScore.Where(r => r.Score > 0 || ranked.Leading is null).Select(r => $"- {r.Text}{Aside(zh, Votes(r.Score, zh))}"));

    /// <summary>Words in brackets after a line, as each language writes them: （甲，乙） or (a, b).</summary>
    private static string Aside(bool zh, params string?[] words)
    {
        var given = words.Where(w => !string.IsNullOrEmpty(w)).ToList();
        return given.Count == 0 ? "" : zh ? $"（{string.Join('，', given)}）" : $" ({string.Join(", ", given)})";
    }

    private static string Votes(int score, bool zh) => zh ? $"{score} 票" : $"{score} votes";

    /// <summary>A fishbone's causes, bone by bone (rule Z2); on a board without one, nothing to pre-fill.</summary>
    private static string Causes(GroupReport group, bool zh)
    {
        var text = new StringBuilder();
        foreach (var stage in group.Stages.Where(s => s.Layout == CanvasLayoutKind.Fishbone))
            foreach (var zone in stage.Zones.Where(z => z.Notes.Count > 0))
                text.AppendLine($"- {(zone.IsOutside ? (zh ? "其他" : "Other") : zone.Label)}：{string.Join(zh ? "；" : "; ", zone.Notes)}");
        return text.ToString().TrimEnd();
    }

    /// <summary>The ideas by their dots, then each revealed rating step's items by weighted mean (rule R5).</summary>
    private static string Options(GroupReport group, bool zh)
    {
        var text = new StringBuilder(Ranked(group.PlanIdeas, zh));
        foreach (var rating in group.Ratings)
        {
            if (text.Length > 0) text.AppendLine();
            text.Append(rating.Title).Append(zh ? "：" : ": ");
            text.Append(string.Join(zh ? "；" : "; ", rating.Items.Select(i => $"{i.Text} {i.WeightedMean.ToString("0.00", CultureInfo.InvariantCulture)}")));
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>A long board pre-fills no part past rule K1's length: the end of it is left out rather than refused.</summary>
    private static CaseSections Clip(CaseSections s)
    {
        static string C(string t) => t.Length <= CaseRules.MaxSectionLength ? t : t[..CaseRules.MaxSectionLength];
        return new CaseSections(C(s.Background), C(s.Problem), C(s.Causes), C(s.Options), C(s.ActionPlan), C(s.Reflections), C(s.Lessons));
    }
}
