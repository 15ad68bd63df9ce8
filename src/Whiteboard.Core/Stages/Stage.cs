using System.Collections.Immutable;
using Whiteboard.Core.Boards;
using Whiteboard.Core.Ratings;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Stages;

/// <summary>One stage of a board: its guiding prompt, settings, status, timer, and who flagged themselves done.</summary>
public sealed record Stage(
    string Id,
    StageKind Kind,
    LocalizedText Title,
    LocalizedText Prompt,
    StageSettings Settings,
    StageStatus Status,
    bool VotesRevealed,
    StageTimer Timer,
    ImmutableHashSet<Guid> Done,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ClosedAt)
{
    public static Stage From(StageDefinition d) =>
        new(d.Id, d.Kind, d.Title, d.Prompt, d.Settings, StageStatus.NotOpen, false, StageTimer.Stopped, [], null, null)
        {
            Capabilities = d.Capabilities,
            Layout = d.Layout,
            Criteria = d.Criteria,
        };

    /// <summary>The stage as a flow would define it now: what its flow gave it, with what the facilitator changed since.</summary>
    public StageDefinition Definition => new(Id, Kind, Title, Prompt, Settings, Capabilities, Layout, Criteria);

    /// <summary>
    /// What the step allows, as its flow defined it; null in stages stored before steps named their capabilities (and in
    /// the classic cycle's), which allow what their kind always has. Kept as given, so a stored board reads back equal.
    /// </summary>
    public StageCapabilities? Capabilities { get; init; }

    /// <summary>The step's canvas as its flow defined it (rule Z1); null (a free canvas) in stages without one.</summary>
    public CanvasLayout? Layout { get; init; }

    /// <summary>Rule R1: what a rating step rates on, as its flow or the facilitator set it; null where none were set.</summary>
    public IReadOnlyList<RatingCriterion>? Criteria { get; init; }

    /// <summary>Rule R4: the facilitator revealed the step's scores; from then on they are final.</summary>
    public bool RatingsRevealed { get; init; }

    /// <summary>Rules R1, ST10: the stage rates — it allows rating and has criteria to rate on.</summary>
    public bool HasRating => Allows(StageCapabilities.Rating) && Criteria is { Count: > 0 };

    /// <summary>What the canvas is drawn as: its layout, or a free one.</summary>
    public CanvasLayout Canvas => Layout ?? CanvasLayout.Free;

    /// <summary>Rules V1, ST10: the stage has dot voting — it allows voting and the facilitator gave it a budget.</summary>
    public bool HasVoting => Allows(StageCapabilities.Voting) && Settings.VoteBudget > 0;

    /// <summary>Rule ST10: what the step allows — as its flow gave it, or what its kind has always allowed.</summary>
    public StageCapabilities Allowed => Kind.Allowed(Capabilities);

    /// <summary>Rule ST10: whether this stage allows every one of <paramref name="capabilities"/>.</summary>
    public bool Allows(StageCapabilities capabilities) => (Allowed & capabilities) == capabilities;

    /// <summary>Rule ST11: the step with questioning on notes turned on or off, everything else it allows kept.</summary>
    public Stage WithQuestions(bool allowed)
    {
        var now = Allowed;
        return this with { Capabilities = allowed ? now | StageCapabilities.Questions : now & ~StageCapabilities.Questions };
    }

    public bool IsCurrent => Status is StageStatus.Open or StageStatus.Locked;

    /// <summary>When the stage last became current (a reopened stage runs again from here).</summary>
    public DateTimeOffset? LastOpenedAt { get; init; }

    /// <summary>How long the stage has been current in all, over every time it ran (closed runs only).</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Its running time so far: the closed runs, and the current one up to <paramref name="now"/>.</summary>
    public TimeSpan RunningTime(DateTimeOffset now) => Elapsed + (IsCurrent && LastOpenedAt is { } since ? now - since : TimeSpan.Zero);
}
