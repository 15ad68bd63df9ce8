using Whiteboard.Core.Boards;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Zones;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>One step of a flow in the gallery: its title, what it allows, its canvas and how long it runs.</summary>
public sealed record StepSummary(string Id, StageKind Kind, LocalizedText Title, StageCapabilities Capabilities, CanvasLayoutKind Canvas,
    int TimerSeconds)
{
    public static StepSummary Of(StageDefinition stage) => new(stage.Id, stage.Kind, stage.Title,
        stage.Allowed, stage.Layout?.Kind ?? CanvasLayoutKind.Free, stage.Settings.TimerSeconds);
}
