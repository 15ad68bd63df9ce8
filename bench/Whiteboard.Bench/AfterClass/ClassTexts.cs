namespace Whiteboard.Bench.AfterClass;

/// <summary>What trainees write in each stage: short sentences of the length real notes have.</summary>
public static class ClassTexts
{
    public static readonly string[] Problems =
    [
        "会议太多，决策太慢，谁来拍板不清楚",
        "基层报表重复填报，一份数据要报五个口子",
        "审批环节多，一件小事要盖七个章",
        "新员工入职第一周没人带，问题不知道问谁",
        "群众反映的问题转来转去，没有人负责到底",
        "跨部门项目的目标和优先级经常变化",
        "考核指标重留痕、轻实效",
        "信息系统各自建设，数据不互通",
    ];

    public static readonly string[] ClusterTitles = ["形式主义", "审批流程", "人员培养", "数据共享"];

    public static readonly string[] Ideas =
    [
        "例会改为双周，会前发材料，会上只议决定事项",
        "统一报表模板，一次填报、多方共享",
        "梳理审批事项清单，能合并的合并，能取消的取消",
        "建立新人导师制，第一个月每周谈一次",
        "群众诉求实行首问负责制，限时办结并回访",
        "每季度由分管领导牵头确定跨部门项目优先级",
        "考核增加群众满意度，减少台账检查",
        "先打通两个最常用系统的数据接口",
    ];

    public static readonly string[] Actions =
    [
        "起草统一报表模板并征求基层意见",
        "列出本单位全部审批事项，标出可合并项",
        "试行双周例会三个月后评估",
        "制定新人导师制实施办法",
        "建立群众诉求首问负责台账",
        "召开跨部门项目优先级协调会",
        "修改年度考核细则，增加满意度权重",
        "与信息中心商定数据接口方案",
    ];

    public static readonly string[] Reflections =
    [
        "要先听基层的声音，再定方案",
        "匿名写问题之后，大家说得更真实了",
        "问题聚焦比提出更多问题更重要",
        "行动项要有人负责、有时间节点，否则还是停在纸上",
        "不同部门看同一个问题，角度完全不同",
    ];

    public const string Summary =
        "本组聚焦\u201c基层报表负担重\u201d问题。经归类投票，确定以统一报表模板、精简审批和双周例会为主要抓手，" +
        "形成八项行动计划，明确责任人和完成时限。反思中大家认为：先听基层声音、匿名充分表达、行动项落实到人，是本次研讨的主要收获。" +
        "下一步将在一个月后的回访研讨中检查行动项进展，并把做法整理成案例。";
}
