namespace Whiteboard.Core.Protocol.Http;

/// <summary>A case collection (案例集) to print: the chosen cases in order, as <c>html</c>, <c>md</c> or <c>docx</c> (rule K6).</summary>
public sealed record CaseCollectionRequest(IReadOnlyList<Guid> CaseIds, string Format, string? Title = null);
