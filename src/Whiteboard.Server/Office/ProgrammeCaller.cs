using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Office;

/// <summary>Who presents a programme credential: the office (<see cref="Facilitator"/> null) or one facilitator (rule O2).</summary>
public sealed record ProgrammeCaller(FacilitatorRecord? Facilitator)
{
    public static readonly ProgrammeCaller Office = new((FacilitatorRecord?)null);

    public bool IsOffice => Facilitator is null;

    /// <summary>The office sees every workshop; a facilitator the ones made with their link.</summary>
    public bool Sees(WorkshopRecord workshop) => IsOffice || workshop.FacilitatorId == Facilitator!.FacilitatorId;
}
