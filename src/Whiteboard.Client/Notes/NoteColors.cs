using Whiteboard.Core.Notes;

namespace Whiteboard.Client.Notes;

/// <summary>How the palette appears in markup: lower-case names for CSS classes, test ids and data attributes.</summary>
public static class NoteColors
{
    public static IReadOnlyList<NoteColor> Palette { get; } = Enum.GetValues<NoteColor>();

    public static string CssName(this NoteColor color) => color.ToString().ToLowerInvariant();

    /// <summary>The UiText key of the colour's name (for screen readers and tooltips).</summary>
    public static string TextKey(this NoteColor color) => "Color" + color;
}
