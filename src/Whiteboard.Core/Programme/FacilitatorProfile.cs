using Whiteboard.Core.Boards;
using Whiteboard.Core.Rejections;

namespace Whiteboard.Core.Programme;

/// <summary>Rule O2: who the office gives a facilitator link to — a display name (P1) and an optional unit.</summary>
public sealed record FacilitatorProfile(string Name, string Unit)
{
    /// <summary>The profile as it is kept, or why it is refused.</summary>
    public static (FacilitatorProfile? Profile, RejectionCode? Refusal) Check(string? name, string? unit)
    {
        var (cleanName, badName) = TypedText.DisplayName.Check(name);
        if (badName is not null) return (null, badName);
        var (cleanUnit, badUnit) = TypedText.Unit.Check(unit);
        return badUnit is not null ? (null, badUnit) : (new FacilitatorProfile(cleanName, cleanUnit), null);
    }
}
