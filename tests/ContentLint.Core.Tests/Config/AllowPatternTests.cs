using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

public sealed class AllowPatternTests
{
    [Theory]
    [InlineData("Jane Doe", "jane doe", true)]
    [InlineData("Jane Doe", "Jane\r\n   Doe", true)]
    [InlineData("  Jane  Doe ", "Jane Doe", true)]
    [InlineData("Jane Doe", "Jane Doe Smith", false)]
    [InlineData("Jane Doe", "Jane", false)]
    [InlineData("/path/to", "/path/to", true)]
    public void Literal_entries_match_the_whole_candidate_ignoring_case_and_spacing(string entry, string candidate, bool expected)
    {
        Assert.True(AllowPattern.TryParse(entry, out var allow, out var error), error);
        Assert.False(allow.IsRegex);
        Assert.Equal(expected, allow.Matches(candidate));
    }

    [Theory]
    [InlineData("/Dr\\.? [A-Z][a-z]+/", "Dr. Lopez", true)]
    [InlineData("/Dr\\.? [A-Z][a-z]+/", "dr. lopez", false)]
    [InlineData("/Dr\\.? [A-Z][a-z]+/i", "dr. lopez", true)]
    [InlineData("/Lopez/", "Maria Lopez", false)]
    [InlineData("/.*Lopez/", "Maria Lopez", true)]
    [InlineData("/a|b/", "a", true)]
    [InlineData("/a|b/", "ab", false)]
    [InlineData("/555-\\d{4}/", "555-0100", true)]
    public void Regex_entries_must_match_the_whole_candidate(string entry, string candidate, bool expected)
    {
        Assert.True(AllowPattern.TryParse(entry, out var allow, out var error), error);
        Assert.True(allow.IsRegex);
        Assert.Equal(expected, allow.Matches(candidate));
    }

    [Theory]
    [InlineData("/[a-/", "invalid regex: unterminated bracket at offset 3")]
    [InlineData("/(?<=a)b/", "invalid regex: backreferences, lookarounds and atomic groups are not supported")]
    [InlineData("   ", "the allow entry is empty")]
    public void Bad_entries_are_rejected(string entry, string expected)
    {
        Assert.False(AllowPattern.TryParse(entry, out _, out var error));
        Assert.Equal(expected, error);
    }
}
