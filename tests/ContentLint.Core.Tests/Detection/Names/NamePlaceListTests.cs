namespace ContentLint.Core.Tests.Detection.Names;

public sealed class NamePlaceListTests
{
    [Theory]
    [InlineData("We see families from Oak Falls, Pine Ridge, Lakeview and Mason Grant every week.")]
    [InlineData("Clinics in Stone Creek, Bayfield, or Austin Carter are closed on Monday.")]
    public void Last_item_of_a_list_of_places_is_not_a_name(string sample)
    {
        var (_, actual) = DetectorHarness.Compare(sample, "PHI001");

        Assert.True(!actual.Any(span => span.RuleId == "PHI001"), string.Join(", ", actual.Select(s => $"{s.RuleId} {s.Start}+{s.Length}")));
    }

    [Theory]
    [InlineData("My grandchildren Anna, Ben and {|PHI001:Carl Jensen|} visited.")]
    [InlineData("She drove from Oak Falls with her son {|PHI001:Mason Grant|}.")]
    public void Names_in_lists_of_people_are_still_found(string sample)
    {
        var (expected, actual) = DetectorHarness.Compare(sample, "PHI001", page: ContentLint.Core.Model.PageKind.Story);

        Assert.Subset(actual.Where(s => s.RuleId == "PHI001").ToHashSet(), expected.ToHashSet());
    }
}
