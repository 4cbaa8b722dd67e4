using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Tests.Pipeline;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("555-201-4477", "***-***-****")]
    [InlineData("Jane Roe", "*** ***")]
    [InlineData("Jose\u0301 Lo\u0301pez", "*** ***")]
    [InlineData("Room ²3 ①", "*** ** *")]
    [InlineData("a.b@c.example", "***.***@***.***")]
    public void Shapes_keep_only_ascii_punctuation_and_spaces(string matched, string expected)
    {
        Assert.Equal(expected, Redactor.Shape(matched));
    }
}
