using Whiteboard.Core.Flows;
using Whiteboard.Core.Workshops;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Tests;

/// <summary>Rules F1–F3: the method library's flows, and flows as files a facilitator exports and imports.</summary>
public class FlowTests
{
    private static Flow Classic => FlowLibrary.Find(FlowLibrary.ActionLearning)!;

    [Fact]
    public void The_library_starts_with_the_classic_cycle_and_every_flow_in_it_can_run()
    {
        Assert.Equal(FlowLibrary.ActionLearning, FlowLibrary.All[0].Id);
        Assert.All(FlowLibrary.All, flow => Assert.Null(FlowRules.Check(flow)));
        Assert.Equal(FlowLibrary.All.Count, FlowLibrary.All.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void The_classic_flow_gives_boards_exactly_the_stages_they_have_always_had()
    {
        // What the action-learning template defined before the library existed: boards made from it must not change.
        var privateAnonymous = new StageSettings(true, true, false, 0, 1, false, 10 * 60);
        var voting = StageSettings.Open with { VoteBudget = 5, MaxVotesPerNote = 3, VotesHidden = true, TimerSeconds = 15 * 60 };
        (string Id, StageKind Kind, string Zh, string En, StageSettings Settings)[] before =
        [
            ("problem", StageKind.Problem, "提出问题", "Problem", privateAnonymous with { VoteBudget = 3, MaxVotesPerNote = 2, VotesHidden = true }),
            ("plan", StageKind.Plan, "计划", "Plan", voting),
            ("action", StageKind.Action, "行动", "Action", StageSettings.Open with { TimerSeconds = 20 * 60 }),
            ("reflection", StageKind.Reflection, "反思", "Reflection", privateAnonymous),
            ("summary", StageKind.Summary, "总结", "Summary", StageSettings.Open),
        ];

        var stages = Templates.StagesOf(WorkshopTemplate.ActionLearning);

        Assert.Equal(before.Select(b => (b.Id, b.Kind, b.Zh, b.En, b.Settings)),
            stages.Select(s => (s.Id, s.Kind, s.Title.ZhCn, s.Title.En, s.Settings)));
        Assert.Equal("我们面临的真实问题是什么？", stages[0].Prompt.ZhCn);
        Assert.Equal("Who will do what, by when?", stages[2].Prompt.En);
        Assert.All(stages, s => Assert.Null(s.Capabilities));
        Assert.All(stages, s => Assert.Null(s.Layout));
    }

    [Fact]
    public void Every_step_of_every_library_flow_has_a_guide_in_both_languages()
    {
        foreach (var step in FlowLibrary.All.SelectMany(f => f.Steps))
            foreach (var text in new[] { step.Guide.Goal, step.Guide.Script, step.Guide.WatchFor, step.Guide.MoveOn })
            {
                Assert.False(string.IsNullOrWhiteSpace(text.ZhCn), $"{step.Stage.Id}: a guide text has no Chinese");
                Assert.False(string.IsNullOrWhiteSpace(text.En), $"{step.Stage.Id}: a guide text has no English");
            }
    }

    [Fact]
    public void A_flow_written_to_a_file_reads_back_equal()
    {
        foreach (var flow in FlowLibrary.All)
        {
            var (read, problem) = FlowJson.Read(FlowJson.Write(flow));
            Assert.Null(problem);
            Assert.Equal(FlowJson.Write(flow), FlowJson.Write(read!));
        }
    }

    public static TheoryData<string> NotFlows => new(
        "",
        "not json",
        "[]",
        "null",
        "{}",
        """{"id":"x","title":{"zhCn":"甲","en":"A"}}""",
        """{"id":"x","title":{"zhCn":"甲","en":"A"},"summary":{"zhCn":"甲","en":"A"},"steps":[]}""",
        """{"id":1,"title":{"zhCn":"甲","en":"A"},"summary":{"zhCn":"甲","en":"A"},"steps":[]}""");

    [Theory]
    [MemberData(nameof(NotFlows))]
    public void A_file_that_is_not_a_flow_is_refused(string json) =>
        Assert.Equal((null, RejectionCode.InvalidFlow), FlowJson.Read(json));

    public static TheoryData<string, Func<Flow, Flow>> Broken => new()
    {
        { "an id with capitals", f => f with { Id = "Mine" } },
        { "no steps", f => f with { Steps = [] } },
        { "21 steps", f => f with { Steps = [.. Enumerable.Range(0, 21).Select(i => Step(f, 0, s => s with { Id = $"s{i}" }))] } },
        { "two steps with one id", f => f with { Steps = [f.Steps[0], f.Steps[0]] } },
        { "a title without English", f => f with { Title = new LocalizedText("流程", "") } },
        { "a title too long", f => f with { Title = new LocalizedText(new string('长', 61), "Long") } },
        { "a control character", f => f with { Summary = new LocalizedText("甲\u0007", "A") } },
        { "a step without a title", f => f with { Steps = [Step(f, 0, s => s with { Title = new LocalizedText(" ", "Problem") })] } },
        { "settings out of range", f => f with { Steps = [Step(f, 0, s => s with { Settings = s.Settings with { VoteBudget = 99 } })] } },
        { "an unknown kind", f => f with { Steps = [Step(f, 0, s => s with { Kind = (StageKind)42 })] } },
        { "an unknown capability", f => f with { Steps = [Step(f, 0, s => s with { Capabilities = (StageCapabilities)1024 })] } },
        { "a matrix of three", f => f with { Steps = [Step(f, 0, s => s with { Layout = new CanvasLayout(CanvasLayoutKind.Matrix,
            [new Zone("a", new("甲", "A")), new Zone("b", new("乙", "B")), new Zone("c", new("丙", "C"))], null, new("横", "X"), new("纵", "Y")) })] } },
        { "a zone without a label", f => f with { Steps = [Step(f, 0, s => s with { Layout = new CanvasLayout(CanvasLayoutKind.Columns,
            [new Zone("a", new("", "A"))]) })] } },
        { "a fishbone whose head has no English", f => f with { Steps = [Step(f, 0, s => s with { Layout = new CanvasLayout(CanvasLayoutKind.Fishbone,
            [new Zone("a", new("甲", "A"))], Head: new("会议多", "")) })] } },
        { "a guide without a script", f => f with { Steps = [f.Steps[0] with { Guide = f.Steps[0].Guide with { Script = new("", "") } }] } },
    };

    private static FlowStep Step(Flow flow, int index, Func<StageDefinition, StageDefinition> change) =>
        flow.Steps[index] with { Stage = change(flow.Steps[index].Stage) };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_flow_that_cannot_run_is_refused_in_memory_and_as_a_file(string what, Func<Flow, Flow> breakIt)
    {
        var broken = breakIt(Classic);

        Assert.True(FlowRules.Check(broken) == RejectionCode.InvalidFlow, what);
        Assert.Equal((null, RejectionCode.InvalidFlow), FlowJson.Read(FlowJson.Write(broken)));
    }

    [Fact]
    public void A_file_larger_than_a_flow_can_be_is_refused_before_it_is_read() =>
        Assert.Equal((null, RejectionCode.InvalidFlow), FlowJson.Read(new string(' ', FlowJson.MaxBytes + 1)));

    private const string Noise = "{}[]\",:0aZ-\\ 长";

    [Fact]
    public void Mangled_files_are_refused_or_read_as_a_runnable_flow_and_never_throw()
    {
        // Fuzzing: a library file cut, with characters dropped, doubled or swapped, at seeded random places.
        var random = new Random(20261204);
        var original = FlowJson.Write(Classic);
        for (var i = 0; i < 2000; i++)
        {
            var chars = original.ToCharArray().ToList();
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(4))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, chars[at]); break;
                    case 2: chars[at] = Noise[random.Next(Noise.Length)]; break;
                    default: chars.RemoveRange(at, chars.Count - at); break;
                }
                if (chars.Count == 0) break;
            }
            var (flow, problem) = FlowJson.Read(new string([.. chars]));
            Assert.True(flow is null ? problem == RejectionCode.InvalidFlow : problem is null && FlowRules.Check(flow) is null);
        }
    }

    [Fact]
    public void A_board_is_made_from_a_flows_steps_when_the_server_gives_them_and_refused_when_they_cannot_run()
    {
        var fishbone = new StageDefinition("causes", StageKind.Problem, new("原因", "Causes"), new("", ""), StageSettings.Open,
            StageCapabilities.Notes, new CanvasLayout(CanvasLayoutKind.Fishbone, [new Zone("people", new("人员", "People"))], Head: new("会议多", "Too many meetings")));
        var created = Assert.IsType<BoardCreated>(Empty().Accept(Creating("鱼骨图") with { Steps = [fishbone] }, Guid.Empty));
        Assert.Equal([fishbone], created.Stages);

        var broken = fishbone with { Layout = fishbone.Layout! with { Head = null } };
        Assert.Equal(RejectionCode.InvalidFlow, Empty().Reject(Creating("鱼骨图") with { Steps = [broken] }, Guid.Empty));
        Assert.Equal(RejectionCode.InvalidFlow, Empty().Reject(Creating("鱼骨图") with { Steps = [] }, Guid.Empty));
    }
}
