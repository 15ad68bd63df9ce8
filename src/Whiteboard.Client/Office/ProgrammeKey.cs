using Whiteboard.Core.Protocol.Http;

namespace Whiteboard.Client.Office;

/// <summary>
/// The credential a programme page holds (rules O1, O2): the office key (<c>/office</c>) or a facilitator's link
/// (<c>/mine</c>). Every programme call sends it in its header, never in the address.
/// </summary>
public sealed record ProgrammeKey(string Value, bool IsOffice)
{
    public string Header => IsOffice ? CredentialHeaders.OfficeKey : CredentialHeaders.FacilitatorLink;
}
