using Whiteboard.Server.Storage;

namespace Whiteboard.Server.Workshops;

/// <summary>A new workshop: the secrets exist in clear only here, to be put in the facilitator and observer links once.</summary>
public sealed record CreatedWorkshop(WorkshopRecord Record, string FacilitatorSecret, string ObserverSecret);
