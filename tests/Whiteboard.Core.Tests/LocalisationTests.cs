using System.Globalization;

namespace Whiteboard.Core.Tests;

/// <summary>Every rejection code has a message in both of the product's languages (RejectionText.resx, RejectionText.en.resx).</summary>
public class LocalisationTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>All codes, enumerated, so that a new code without translations fails here.</summary>
    public static TheoryData<RejectionCode> Codes => new(Enum.GetValues<RejectionCode>());

    private static bool HasCjk(string s) => s.Any(c => c is >= '\u4E00' and <= '\u9FFF');

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_a_Chinese_message(RejectionCode code)
    {
        var message = RejectionText.Message(code, Chinese);

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.NotEqual(code.ToString(), message); // the resource manager's fallback when a resource is missing
        Assert.True(HasCjk(message), $"{code}: \"{message}\" is not Chinese");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_code_has_an_English_message(RejectionCode code)
    {
        var message = RejectionText.Message(code, English);

        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.NotEqual(code.ToString(), message);
        Assert.NotEqual(RejectionText.Message(code, Chinese), message);
        Assert.False(HasCjk(message), $"{code}: \"{message}\" falls back to Chinese");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_message_fills_in_its_limit(RejectionCode code)
    {
        foreach (var culture in new[] { Chinese, English })
        {
            var message = RejectionText.Message(code, culture);

            Assert.DoesNotContain("{", message, StringComparison.Ordinal);
            foreach (var argument in RejectionText.Arguments(code))
                Assert.Contains(Convert.ToString(argument, culture)!, message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(RejectionCode.NoteTextTooLong, "500")]
    [InlineData(RejectionCode.NameTooLong, "32")]
    [InlineData(RejectionCode.TitleTooLong, "80")]
    [InlineData(RejectionCode.TooManyNotes, "2000")]
    [InlineData(RejectionCode.BoardFull, "500")]
    [InlineData(RejectionCode.ClusterTitleTooLong, "40")]
    [InlineData(RejectionCode.WorkshopGroupsOutOfRange, "12")]
    public void Message_about_a_limit_states_the_number(RejectionCode code, string number)
    {
        Assert.Contains(number, RejectionText.Message(code, Chinese), StringComparison.Ordinal);
        Assert.Contains(number, RejectionText.Message(code, English), StringComparison.Ordinal);
    }

    [Fact]
    public void Regional_English_uses_the_English_messages()
    {
        Assert.Equal(RejectionText.Message(RejectionCode.NoteNotFound, English),
            RejectionText.Message(RejectionCode.NoteNotFound, CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public void Other_languages_fall_back_to_Chinese()
    {
        Assert.Equal(RejectionText.Message(RejectionCode.NoteNotFound, Chinese),
            RejectionText.Message(RejectionCode.NoteNotFound, CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(RejectionText.Message(RejectionCode.NoteNotFound, Chinese),
            RejectionText.Message(RejectionCode.NoteNotFound, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("zh-CN", BoardLanguage.ZhCn)]
    [InlineData("zh", BoardLanguage.ZhCn)]
    [InlineData("en", BoardLanguage.En)]
    [InlineData("en-US", BoardLanguage.En)]
    [InlineData("EN-gb", BoardLanguage.En)]
    [InlineData("fr", BoardLanguage.ZhCn)]
    [InlineData("", BoardLanguage.ZhCn)]
    [InlineData(null, BoardLanguage.ZhCn)]
    public void Language_names_map_to_board_languages_defaulting_to_Chinese(string? name, BoardLanguage language)
    {
        Assert.Equal(language, BoardLanguageCulture.Parse(name));
    }

    [Theory]
    [InlineData(BoardLanguage.ZhCn)]
    [InlineData(BoardLanguage.En)]
    public void Board_language_culture_name_parses_back(BoardLanguage language)
    {
        Assert.Equal(language, BoardLanguageCulture.Parse(language.CultureName()));
        Assert.Equal(language.CultureName(), CultureInfo.GetCultureInfo(language.CultureName()).Name);
    }
}
