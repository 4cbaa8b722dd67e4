using System.Text;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// The detector (which keeps the first pass's capitalized words for the second) against the two passes as they were
/// written before: every word walked again with the reference tokenizer, keys folded afresh.
/// </summary>
public sealed class NameDetectorEquivalenceTests
{
    private static readonly RuleDefinition Rule = RuleCatalog.Default.Rules.Single(r => r.Id == "PHI001");
    private static readonly NameLexicon Lexicon = new(Rule);
    private static readonly NameSpanFinder Finder = new(Lexicon);

    private static readonly string[] Pieces =
    [
        "Ruth", "Abernathy", "ruth", "RUTH", "Walter", "P.", "Sims", "R.", "Castillo", "Mr.", "Mrs", "Dr.", "Dr", "Nurse",
        "Sister", "Elizabeth", "Kenny", "wife", "son", "patient", "Patient:", "dear", "says", "said", "age", "told", "from",
        "in", "near", "and", "or", "&", "Willow", "Bend", "Harlan", "Mills", "Hawkins", "test", "Tommy", "John", "surgery",
        "Georgia", "May", "Grace", "Tom", "Reinholt", "Kowalczyk", "Kowalczyks'", "Kowalczyk’s", "Ruth's", "Hélène",
        "He\u0301le\u0300ne", "HÉLÈNE", "JOAQUIN", "Joaquín", "O'Brien", "O’Brien", "Jean-Luc", "Doe", "Lincoln", "Abraham",
        "in 1845", "92", "Clinic", "the", "visit", "ALS", "x", "Lena", "Hank", "Dufresne", "Dufresne's", "Priyanka", "Luis",
        "Mike", "T.", "Sarah", "K.", "Anna", "Ben", "Jensen", "Ωmega", "Straße", new string('a', 41), "Ab" + new string('c', 39),
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "\n\n", " - ", "— ", ": ", " \"", "\" ", "'s ", "; ", "!", "(", ") ", "-", "'", "’"];

    private static readonly RegionKind[] Kinds =
        [RegionKind.Prose, RegionKind.Prose, RegionKind.Prose, RegionKind.Heading, RegionKind.CodeSpan, RegionKind.LinkUrl, RegionKind.Script];

    [Fact]
    public void Detector_finds_what_the_two_full_passes_find_on_generated_pages()
    {
        var detector = new NameDetector(Rule);
        var random = new Random(31);
        var found = 0;
        for (var n = 0; n < 4_000; n++)
        {
            var segments = new List<Segment>();
            var source = new StringBuilder();
            var segmentCount = random.Next(0, 7);
            for (var s = 0; s < segmentCount; s++)
            {
                var text = random.Next(4) == 0 ? Generate(random).ToLowerInvariant() : Generate(random);
                segments.Add(new SegmentBuilder().AppendVerbatim(text, 0, text.Length).Build(Kinds[random.Next(Kinds.Length)]));
                source.Append(text).Append('\n');
            }

            // Half on a story page, where every unknown person is reported, so that the pieces make enough names.
            var document = new ContentDocument(new SourceFile("x.md", source.ToString()), null, segments, [])
            {
                Profile = n % 2 == 0 ? new PageProfile(PageKind.Story, "test", null) : PageProfile.Unknown,
            };
            var actual = new List<Candidate>();
            detector.Detect(document, actual);
            var expected = Reference(document, detector);
            Assert.Equal(Describe(expected, segments), Describe(actual, segments));
            found += expected.Count;
        }

        Assert.True(found > 2000, $"only {found} names: the pieces no longer make names");
    }

    [Fact]
    public void A_run_is_famous_exactly_when_its_joined_keys_are_a_famous_name()
    {
        // IsFamousName joins the keys in a buffer instead of string.Join: every famous name, with initials mixed in,
        // and near misses.
        var checkedNames = 0;
        foreach (var name in Lexicon.FamousNames.Where(n => n.Contains(' ', StringComparison.Ordinal)).Take(500))
        {
            var words = name.Split(' ');
            var tokens = new List<NameToken>();
            foreach (var word in words)
            {
                tokens.Add(new NameToken(0, 1, "q", true, true, false)); // an initial: left out of the joined key
                tokens.Add(new NameToken(0, word.Length, word, true, false, false));
            }

            var length = string.Join(' ', tokens.Where(t => !t.IsInitial).Select(t => t.Key)).Length;
            Assert.True(Finder.IsFamousName(tokens, 0, tokens.Count, length));
            var shorter = string.Join(' ', words[..^1]); // the last word left out (the initial before it stays)
            Assert.Equal(Lexicon.FamousNames.Contains(shorter), Finder.IsFamousName(tokens, 0, tokens.Count - 1, shorter.Length));
            checkedNames++;
        }

        Assert.True(checkedNames > 10);
    }

    private static string Generate(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 14);
        for (var k = 0; k < count; k++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]).Append(Gaps[random.Next(Gaps.Length)]);
        }

        return builder.ToString();
    }

    private static string Describe(List<Candidate> candidates, List<Segment> segments) =>
        string.Join(" | ", candidates.Select(c => $"{segments.IndexOf(c.Segment)}:{c.Start}+{c.Length} {c.Confidence} {c.RuleId}"));

    /// <summary>
    /// The detector's passes as written before, every word walked with the reference tokenizer (image file names are
    /// left out: no such segment here); the role and page step between them is the detector's own.
    /// </summary>
    private static List<Candidate> Reference(ContentDocument document, NameDetector detector)
    {
        var all = document.Segments;
        var known = new HashSet<string>(StringComparer.Ordinal);
        var staffKeys = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<NameMatch>?[all.Count];
        for (var s = 0; s < all.Count; s++)
        {
            if (!IsScanned(all[s]))
            {
                continue;
            }

            var matches = Finder.FindOrNull(all[s].Text, NameTokenizerReference.Tokenize(all[s].Text), null, staffKeys) ?? [];
            found[s] = matches.Count > 0 ? matches : null;
        }

        for (var s = 0; s < all.Count; s++)
        {
            if (found[s] is { } matches)
            {
                found[s] = detector.Reported(all[s], matches, document.Profile, staffKeys, known);
            }
        }

        var candidates = new List<Candidate>();
        for (var s = 0; s < all.Count; s++)
        {
            if (!IsScanned(all[s]))
            {
                continue;
            }

            var matches = found[s];
            if (known.Count > 0)
            {
                matches = AddMentions(all[s].Text, matches, known);
            }

            foreach (var match in matches ?? [])
            {
                candidates.Add(new Candidate(Rule.Id, all[s], match.Start, match.End - match.Start, match.Confidence));
            }
        }

        return candidates;
    }

    private static bool IsScanned(Segment segment) =>
        segment.Kind is not (RegionKind.LinkUrl or RegionKind.ImageSource or RegionKind.CodeBlock or RegionKind.CodeSpan)
        && SegmentScope.IsScannedForPhi(segment);

    private static List<NameMatch>? AddMentions(string text, List<NameMatch>? matches, HashSet<string> known)
    {
        var found = matches?.Count ?? 0;
        var i = 0;
        var hasPrevious = false;
        var previousStart = 0;
        var previousEnd = 0;
        while (NameTokenizerReference.NextWord(text, ref i, out var start, out var end, out _))
        {
            if (NameTokenizerReference.IsCapitalizedWord(text, start, end)
                && NameText.Fold(text.AsSpan(start, end - start)) is var key && known.Contains(key)
                && (matches is null || !matches.Take(found).Any(m => start < m.End && m.Start < end))
                && !(hasPrevious && IsClaimedByTitle(text, NameText.Fold(text.AsSpan(previousStart, previousEnd - previousStart)), previousEnd, start)))
            {
                matches ??= [];
                matches.Add(new NameMatch(start, end, Confidence.Medium, [key]));
            }

            hasPrevious = true;
            previousStart = start;
            previousEnd = end;
        }

        return matches;
    }

    private static bool IsClaimedByTitle(string text, string previousKey, int previousEnd, int start) =>
        (Lexicon.ClinicianTitles.Contains(previousKey) || Lexicon.PublicTitles.Contains(previousKey))
        && NameRun.IsTitleGap(text, previousEnd, start);
}
