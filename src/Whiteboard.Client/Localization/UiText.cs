namespace Whiteboard.Client.Localization;

/// <summary>Marker for the UI strings: UiText.resx is zh-CN (the neutral language), UiText.en.resx is English.</summary>
public sealed class UiText;
