namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// The headers that carry a credential to the HTTP API. Credentials travel in headers, never in a URL path or query, so
/// access logs and proxies never keep them (docs/SECURITY.md).
/// </summary>
public static class CredentialHeaders
{
    public const string FacilitatorSecret = "X-Facilitator-Secret";
    public const string FollowUpToken = "X-Follow-Up-Token";
    /// <summary>Rule O1: the programme office's key, from the office link (<c>/office#key=…</c>).</summary>
    public const string OfficeKey = "X-Office-Key";
    /// <summary>Rule O2: a facilitator's personal link from the office (<c>/mine#key=…</c>).</summary>
    public const string FacilitatorLink = "X-Facilitator-Link";
}
