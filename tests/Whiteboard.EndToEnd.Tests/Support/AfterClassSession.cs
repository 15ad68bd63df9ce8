namespace Whiteboard.EndToEnd.Tests.Support;

/// <summary>
/// A one-group action-learning workshop as <see cref="People.RunToActionAsync"/> leaves it: the facilitator on the group's
/// board, 李明 on a laptop at home and (when asked for) 张华 on a tablet in the room, in the Action stage with two action
/// items — 李明's own, made from his note, and one the facilitator gave to 赵处长, someone outside the class, already overdue.
/// The words are kept here so that every test checks the same content wherever it shows up (board, console, exports, report).
/// </summary>
public sealed class AfterClassSession
{
    public const string FacilitatorName = "王老师";
    public const string LiName = "李明";
    public const string ZhangName = "张华";
    public const string OutsiderName = "赵处长";

    /// <summary>Problem (private, anonymous), revealed by the facilitator.</summary>
    public const string LiProblem = "审批流程太长，一件事要盖七个章";
    public const string ZhangProblem = "基层反映的问题没人跟进";

    /// <summary>Written by 李明 privately after the reveal and never revealed: no report, export or other screen may show it.</summary>
    public const string LiUnrevealedProblem = "其实是科长不肯放权";

    /// <summary>
    /// Plan (open, named, hidden dot voting): two by 李明, one by the facilitator, one by 张华 when he is there. 李明 gives
    /// two dots to <see cref="LiSecondPlan"/> and one to <see cref="FacilitatorPlan"/>; the facilitator reveals them.
    /// </summary>
    public const string LiPlan = "梳理审批事项清单，能并联的并联";
    public const string LiSecondPlan = "建立问题台账，每周通报";
    public const string FacilitatorPlan = "例会压缩到半小时";
    public const string ZhangPlan = "请分管领导牵头协调";

    /// <summary>The plan ideas as the votes rank them (the unvoted ones after, in any order).</summary>
    public static readonly string[] PlansByVotes = [LiSecondPlan, FacilitatorPlan];

    /// <summary>Action: 李明's note, which he turns into his own action item.</summary>
    public const string LiAction = "两周内拿出审批精简方案";

    /// <summary>The item the facilitator adds from scratch for 赵处长 (free text), due three days ago.</summary>
    public const string OutsiderAction = "向分管领导汇报精简方案";

    public required string Code { get; init; }
    /// <summary>The workshop's observer link, as the created page showed it.</summary>
    public required string ObserverLink { get; init; }
    public required IPage Facilitator { get; init; }
    public required IPage Li { get; init; }
    /// <summary>The tablet in the room; null when the test did not ask for a second trainee.</summary>
    public IPage? Zhang { get; init; }

    /// <summary>李明's item's id, once made.</summary>
    public string LiActionId { get; set; } = "";
    /// <summary>赵处长's item's id, once made.</summary>
    public string OutsiderActionId { get; set; } = "";
    /// <summary>李明's item is due in two weeks, 赵处长's was due three days ago (the browsers' and server's day is this machine's).</summary>
    public DateOnly LiDue { get; } = DateOnly.FromDateTime(DateTime.Today.AddDays(14));
    public DateOnly OutsiderDue { get; } = DateOnly.FromDateTime(DateTime.Today.AddDays(-3));

    /// <summary>Everyone on the board: the facilitator and the trainees.</summary>
    public IReadOnlyList<IPage> Everyone => Zhang is null ? [Facilitator, Li] : [Facilitator, Li, Zhang];

    public IReadOnlyList<IPage> Trainees => Zhang is null ? [Li] : [Li, Zhang];

    public async Task CloseAsync()
    {
        foreach (var page in Everyone.Reverse()) await page.Context.CloseAsync();
    }
}
