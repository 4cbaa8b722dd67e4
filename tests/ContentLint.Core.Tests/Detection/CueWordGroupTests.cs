using ContentLint.Core.Detection;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// A group searches the text once for several cue lists; each list must still get exactly what its own FindAll
/// gives, also where lists share first words, where one list's match overlaps another's, and around Kelvin signs.
/// </summary>
public sealed class CueWordGroupTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(0, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_list_gets_what_its_own_search_finds(int seed)
    {
        var random = new Random(seed);
        var catalogLists = RuleCatalog.Default.Rules.SelectMany(r => r.Data.Keys.Select(k => r.GetList(k))).Where(l => l.Count > 0).ToList();
        var lists = Enumerable.Range(0, random.Next(2, 6)).Select(_ => catalogLists[random.Next(catalogLists.Count)]).ToList();
        var cues = lists.Select(l => new CueWords(l, hyphenJoinsWords: random.Next(2) == 0)).ToArray();
        var group = new CueWordGroup(cues);
        var found = 0;
        foreach (var text in PhraseSetTests.Texts([.. lists.SelectMany(l => l).Select(p => p.Trim()).Where(p => p.Length > 0).OrderByDescending(p => p.Length)]))
        {
            var together = group.FindAll(text);
            for (var i = 0; i < cues.Length; i++)
            {
                var alone = cues[i].FindAll(text);
                Assert.True(alone.SequenceEqual(together[i]), $"list {i} of {cues.Length}: {alone.Count} matches alone, {together[i].Count} in the group");
                found += alone.Count;
            }
        }

        Assert.True(found > 0, "the texts hold cues");
    }

    [Fact]
    public void Overlapping_cues_of_two_lists_are_both_found()
    {
        var group = new CueWordGroup(new CueWords(["lives in"]), new CueWords(["in"]), new CueWords(["facebook"]));
        const string text = "She lives in town, then in Faceboo\u212A.";
        var found = group.FindAll(text);
        Assert.Equal([(4, 12)], found[0]);
        Assert.Equal([(10, 12), (24, 26)], found[1]);
        Assert.Equal([(27, 35)], found[2]);
    }
}
