namespace Whiteboard.Client.Workshops;

/// <summary>The facilitator's or observer's secret this browser holds for a workshop, from its link; none for participants.</summary>
public sealed record WorkshopSecrets(string? Facilitator, string? Observer);
