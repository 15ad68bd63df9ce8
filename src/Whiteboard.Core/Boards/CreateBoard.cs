using System.Text.Json.Serialization;
using Whiteboard.Core.ActionItems;
using Whiteboard.Core.Protocol;
using Whiteboard.Core.Stages;
using Whiteboard.Core.Workshops;

namespace Whiteboard.Core.Boards;

/// <summary>
/// Creates a group board from its workshop's template, or from the steps of its flow when given (rule F1); issued by the
/// server.
/// </summary>
public sealed record CreateBoard(string Title, BoardLanguage Language, Guid WorkshopId, int GroupNumber, WorkshopTemplate Template,
    IReadOnlyList<CarriedAction>? Carried = null, IReadOnlyList<StageDefinition>? Steps = null) : BoardCommand
{
    [JsonIgnore] public override bool IsServerIssued => true;
}
