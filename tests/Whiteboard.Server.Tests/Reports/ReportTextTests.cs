using Whiteboard.Server.Reports;
using Whiteboard.Tests.Shared.Localization;

namespace Whiteboard.Server.Tests.Reports;

/// <summary>Rule 6: the reports' words exist in zh-CN (ReportText.resx) and English (ReportText.en.resx), a report in one language throughout.</summary>
public sealed class ReportTextTests
{
    private static readonly ResourcePair Words = new("Whiteboard.Server.Reports.ReportText", typeof(ReportText).Assembly);

    [Fact]
    public void Every_word_of_the_reports_is_in_both_languages()
    {
        Assert.True(Words.Chinese.Count > 30, $"only {Words.Chinese.Count} strings found: is the resource name right?");
        Assert.Equal([], Words.OnlyInChinese);
        Assert.Equal([], Words.OnlyInEnglish);
    }

    [Fact]
    public void The_English_words_are_English_and_take_the_same_placeholders()
    {
        Assert.Equal([], Words.EnglishWithChinese);
        Assert.Equal([], Words.PlaceholdersDiffer);
    }
}
