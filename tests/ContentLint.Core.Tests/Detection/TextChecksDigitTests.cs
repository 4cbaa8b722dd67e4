using ContentLint.Core.Detection;

namespace ContentLint.Core.Tests.Detection;

public sealed class TextChecksDigitTests
{
    [Theory]
    [InlineData("", 9, 0)]
    [InlineData("no digits here", 9, 0)]
    [InlineData("\u0663\u0663\u0663 \uFF11", 9, 0)]
    [InlineData("a1b2c3", 9, 3)]
    [InlineData("123456789012", 9, 9)]
    [InlineData("0", 1, 1)]
    [InlineData("09", 16, 2)]
    public void Counts_ascii_digits_up_to_the_cap(string text, int cap, int expected) =>
        Assert.Equal(expected, TextChecks.CountAsciiDigits(text, cap));
}
