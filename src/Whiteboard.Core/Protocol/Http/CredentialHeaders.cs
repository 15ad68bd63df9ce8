namespace Whiteboard.Core.Protocol.Http;

/// <summary>
/// The headers that carry a credential to the HTTP API. Credentials travel in headers, never in a URL path or query, so
/// access logs and proxies never keep them (docs/SECURITY.md).
/// </summary>
public static class CredentialHeaders
{
    public const string FacilitatorSecret = "X-Facilitator-Secret";
    public const string FollowUpToken = "X-Follow-Up-Token";
}
