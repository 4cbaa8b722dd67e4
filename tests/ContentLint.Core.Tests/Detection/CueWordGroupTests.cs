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

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Searching_from_wanted_ends_keeps_every_cue_that_ends_there_and_adds_none_of_its_own(int seed)
    {
        var random = new Random(seed);
        var catalogLists = RuleCatalog.Default.Rules.SelectMany(r => r.Data.Keys.Select(k => r.GetList(k))).Where(l => l.Count > 0).ToList();
        var lists = Enumerable.Range(0, random.Next(2, 6)).Select(_ => catalogLists[random.Next(catalogLists.Count)]).ToList();
        var cues = lists.Select(l => new CueWords(l, hyphenJoinsWords: random.Next(2) == 0)).ToArray();
        var group = new CueWordGroup(cues);
        var found = group.CreateLists();
        var kept = 0;
        foreach (var text in PhraseSetTests.Texts([.. lists.SelectMany(l => l).Select(p => p.Trim()).Where(p => p.Length > 0).OrderByDescending(p => p.Length)]))
        {
            var all = group.FindAll(text);
            for (var round = 0; round < 4; round++)
            {
                // Ends of real cues, of near misses and of nothing, sometimes all of them.
                var ends = Enumerable.Range(0, text.Length + 2).Where(_ => round == 0 || random.Next(round * 3) == 0).ToArray();
                group.FindAllEndingAt(text, ends, found);
                for (var i = 0; i < cues.Length; i++)
                {
                    var wanted = all[i].Where(m => ends.Contains(m.End)).ToList();
                    Assert.True(IsSubsequence(found[i], all[i]), $"list {i}: a cue FindAll does not give, or out of order");
                    Assert.True(wanted.All(found[i].Contains), $"list {i}: {wanted.Count(m => !found[i].Contains(m))} wanted cues missing");
                    kept += wanted.Count;
                }
            }
        }

        Assert.True(kept > 0, "the texts hold cues at wanted ends");
    }

    [Fact]
    public void A_cue_hidden_inside_a_longer_cue_of_its_list_stays_hidden_when_searched_from_its_end()
    {
        var group = new CueWordGroup(new CueWords(["at home in", "home in"]), new CueWords(["in"]));
        const string text = "She is at home in Aspen.";
        var found = group.CreateLists();
        group.FindAllEndingAt(text, [17], found);
        Assert.Equal([(7, 17)], found[0]);
        Assert.Equal([(15, 17)], found[1]);
    }

    private static bool IsSubsequence(List<(int Start, int End)> part, IReadOnlyList<(int Start, int End)> whole)
    {
        var w = 0;
        foreach (var item in part)
        {
            while (w < whole.Count && whole[w] != item)
            {
                w++;
            }

            if (w++ >= whole.Count)
            {
                return false;
            }
        }

        return true;
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
