using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Whiteboard.Core.Boards;

namespace Whiteboard.Client.Localization;

/// <summary>
/// Base of every component that shows UI text. The cascaded language is what makes a switch re-render it
/// (a component re-renders only when one of its parameters changes).
/// </summary>
public abstract class LocalizedComponent : ComponentBase
{
    public const string CascadeName = "UiLanguage";

    [CascadingParameter(Name = CascadeName)] public BoardLanguage ShownLanguage { get; set; }

    [Inject] protected IStringLocalizer<UiText> T { get; set; } = default!;
}
