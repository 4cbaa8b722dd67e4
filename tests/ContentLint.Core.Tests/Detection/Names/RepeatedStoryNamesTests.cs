using ContentLint.Core.Model;
using static ContentLint.Core.Tests.Pipeline.FileScan;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>A given name that several reviewers' stories mention is the person they all thank (docs/data-and-code.md, "Story records"). Names invented.</summary>
public sealed class RepeatedStoryNamesTests
{
    private static string Reviews(int thanking) => "[\n" + string.Join(",\n", Enumerable.Range(0, 4).Select(i =>
        $"  {{\"name\": \"Reviewer {(char)('A' + i)}.\", \"review\": \"{(i < thanking ? "Thank you Jenny for everything." : "Lovely clinic.")}\"}}"))
        + ",\n  {\"name\": \"Maren T.\", \"review\": \"They helped my son Leo walk again.\"}\n]";

    [Fact]
    public void A_given_name_in_three_reviewers_stories_is_not_reported_and_a_relative_still_is()
    {
        var names = Scan("src/data/reviews.json", Reviews(thanking: 3)).Where(d => d.Code == "PHI001").Select(d => (d.Range!.Value.StartLine, d.Range.Value.StartColumn)).ToList();

        // The five signatures (column 13) and "Leo"; no "Jenny" (column 48).
        Assert.Equal([(2, 13), (3, 13), (4, 13), (5, 13), (6, 13), (6, 54)], names);
    }

    [Fact]
    public void In_two_stories_it_may_still_be_a_relative_and_is_reported()
    {
        var jenny = Scan("src/data/reviews.json", Reviews(thanking: 2)).Count(d => d.Code == "PHI001" && d.Range!.Value.StartLine is 2 or 3 && d.Range.Value.StartColumn == 48);

        Assert.Equal(2, jenny);
    }
}
