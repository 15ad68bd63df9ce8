namespace Whiteboard.Core.Cases;

/// <summary>
/// How the library files a case (rule K2): its domain (e.g. 基层治理), the unit it comes from, and topics (e.g. 审批, 营商环境).
/// </summary>
public sealed record CaseTags(string Domain, string Unit, IReadOnlyList<string> Topics)
{
    public static CaseTags None { get; } = new("", "", []);

    /// <summary>Every tag's text: the domain, the unit and the topics, those given.</summary>
    public IEnumerable<string> All => new[] { Domain, Unit }.Concat(Topics).Where(t => t.Length > 0);
}
