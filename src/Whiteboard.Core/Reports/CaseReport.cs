using Whiteboard.Core.Boards;

namespace Whiteboard.Core.Reports;

/// <summary>
/// The session as a reusable case (经验案例化): per group, the problem chosen, the ranked plan ideas, the action plan, the
/// reflections and the summary, with who took part and how long each stage ran. Built from what the room could see:
/// revealed content only, anonymous notes without names.
/// </summary>
public sealed record CaseReport(
    string WorkshopTitle,
    BoardLanguage Language,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<GroupReport> Groups);
