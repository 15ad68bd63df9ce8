using Whiteboard.Client.Localization;
using Whiteboard.Tests.Shared.Localization;

namespace Whiteboard.Client.Tests.Localization;

/// <summary>Rule 6: every string on screen exists in zh-CN (UiText.resx, the neutral language) and in English (UiText.en.resx).</summary>
public class UiTextTests
{
    /// <summary>The language switch names Chinese in Chinese, so that a Chinese reader finds the way back on an English screen.</summary>
    private static readonly ResourcePair Texts = new("Whiteboard.Client.Localization.UiText", typeof(UiText).Assembly,
        "LanguageSwitchTarget", "LanguageNameZhCn");

    [Fact]
    public void Every_Chinese_string_has_an_English_one_and_the_other_way_round()
    {
        Assert.True(Texts.Chinese.Count > 100, $"only {Texts.Chinese.Count} strings found: is the resource name right?");
        Assert.Equal([], Texts.OnlyInChinese);
        Assert.Equal([], Texts.OnlyInEnglish);
    }

    [Fact]
    public void English_strings_are_English_and_take_the_same_placeholders()
    {
        Assert.Equal([], Texts.EnglishWithChinese);
        Assert.Equal([], Texts.PlaceholdersDiffer);
    }
}
