using ContentLint.Core.Detection.Names;
using ContentLint.Core.Tests.Detection;

namespace ContentLint.Core.Tests.Detection.Names;

public sealed class NameScratchTests
{
    [Fact]
    public void A_returned_scratch_comes_back_empty()
    {
        var scratch = NameScratch.Rent();
        scratch.Tokens.Add(new NameToken(0, 4, "ruth", true, false, false));
        scratch.Known.Add("ruth");
        NameScratch.Return(scratch);

        var again = NameScratch.Rent();
        Assert.Same(scratch, again);
        Assert.Empty(again.Tokens);
        Assert.Empty(again.Known);
        Assert.NotSame(again, NameScratch.Rent()); // rented out: a nested call gets its own
        NameScratch.Return(again);
    }

    [Fact]
    public void A_scratch_grown_by_a_huge_page_is_not_kept()
    {
        var scratch = NameScratch.Rent();
        scratch.Tokens.Capacity = 1 << 17;
        NameScratch.Return(scratch);
        Assert.NotSame(scratch, NameScratch.Rent());
    }

    [Fact]
    public void A_name_known_on_one_page_is_not_looked_for_on_the_next()
    {
        const string later = "Hank rides again; cheers from Dufresne.";
        var alone = Spans(DetectorHarness.Run(later));
        Assert.Equal(3, Spans(DetectorHarness.Run("Hank Dufresne taught shop. " + later, page: ContentLint.Core.Model.PageKind.Story)).Count(s => s.RuleId == "PHI001"));
        Assert.Equal(alone, Spans(DetectorHarness.Run(later)));
        Assert.DoesNotContain(alone, s => s.RuleId == "PHI001");
    }

    private static List<(string RuleId, int Start, int Length)> Spans(List<ContentLint.Core.Detection.Candidate> candidates) =>
        [.. candidates.Select(c => (c.RuleId, c.Start, c.Length))];
}
