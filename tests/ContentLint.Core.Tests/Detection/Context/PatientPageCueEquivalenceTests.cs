using ContentLint.Core.Detection.Context;

namespace ContentLint.Core.Tests.Detection.Context;

/// <summary>The stack folding of ASCII paths and values finds the cues the lower-case-and-replace strings found.</summary>
public sealed class PatientPageCueEquivalenceTests
{
    // Separators that fold to '-', letters of both cases, digits, a path separator and non-ASCII letters with a case.
    private const string Alphabet = " _-/.PpAaTtIiEeNnSs0ÉéΣ";

    private static readonly string[] Cues = ["patient-stor", "testimonial", "a-s", "p", "é", "-"];

    [Fact]
    public void ContainsCue_matches_the_string_version_on_random_text()
    {
        var random = new Random(2024);
        for (var i = 0; i < 30000; i++)
        {
            var chars = new char[random.Next(0, random.Next(2) == 0 ? 16 : 300)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            IReadOnlyList<string> cues = [Cues[random.Next(Cues.Length)], Cues[random.Next(Cues.Length)]];
            Assert.Equal(PatientPage.ContainsCueAnyText(text, cues), PatientPage.ContainsCue(text, cues));
        }
    }

    [Theory]
    [InlineData("content/Patient Stories/ruth.md", true)]
    [InlineData("content/patient_stories/ruth.md", true)]
    [InlineData("content/blog/ruth.md", false)]
    [InlineData("", false)]
    public void ContainsCue_finds_a_cue_in_any_spelling(string text, bool expected)
    {
        IReadOnlyList<string> cues = ["patient-stor"];
        Assert.Equal(expected, PatientPage.ContainsCue(text, cues));
        Assert.Equal(expected, PatientPage.ContainsCueAnyText(text, cues));
    }
}
