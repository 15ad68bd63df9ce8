using Whiteboard.Server.Security;

namespace Whiteboard.Server.Tests.Security;

public sealed class JoinCodesTests
{
    [Fact]
    public void Codes_are_six_characters_without_look_alikes()
    {
        // Rule S4
        var codes = Enumerable.Range(0, 2000).Select(_ => JoinCodes.New()).ToList();

        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$", c));
        Assert.True(codes.Distinct().Count() > 1990); // drawn from 31^6 ≈ 8.9e8
        Assert.DoesNotContain(codes.SelectMany(c => c), "01ILO".Contains);
    }

    [Theory]
    [InlineData("abc-def", "ABCDEF")]
    [InlineData(" k7m 2pq ", "K7M2PQ")]
    [InlineData("ABCDE", null)]
    [InlineData("ABCDEFG", null)]
    [InlineData("ABCDE0", null)]
    [InlineData(null, null)]
    public void Typed_codes_are_read_loosely(string? typed, string? code) => Assert.Equal(code, JoinCodes.Normalize(typed));
}
