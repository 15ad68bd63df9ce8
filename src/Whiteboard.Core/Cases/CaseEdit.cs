namespace Whiteboard.Core.Cases;

/// <summary>What a facilitator or the office saves of a case: its title, write-up, tags and status (rules K1–K3).</summary>
public sealed record CaseEdit(string Title, CaseSections Sections, CaseTags Tags, CaseStatus Status);
