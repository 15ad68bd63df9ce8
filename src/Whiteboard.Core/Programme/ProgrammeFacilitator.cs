namespace Whiteboard.Core.Programme;

/// <summary>A facilitator the office gave a link to: their record is listed even before their first workshop (rule PN7).</summary>
public sealed record ProgrammeFacilitator(Guid FacilitatorId, string Name, string Unit, bool Revoked);
