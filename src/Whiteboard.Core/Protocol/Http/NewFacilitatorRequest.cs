namespace Whiteboard.Core.Protocol.Http;

/// <summary>The office gives a facilitator a personal link (rule O2): their name and unit.</summary>
public sealed record NewFacilitatorRequest(string Name, string? Unit);
