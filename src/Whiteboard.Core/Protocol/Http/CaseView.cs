using Whiteboard.Core.Cases;

namespace Whiteboard.Core.Protocol.Http;

/// <summary>A case as the library and its editor show it: the write-up, and what happened afterwards as it stands now (rule K1).</summary>
public sealed record CaseView(Case Case, IReadOnlyList<CaseAfterward> Afterwards, string? FacilitatorName);
