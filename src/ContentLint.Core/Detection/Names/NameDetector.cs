using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Names of patients and their relatives (PHI001). Names found with a cue or as a full name are then looked for
/// again across the whole document, so that "Hank" or "Kowalczyk" alone (a title, alt text, a sentence start) is
/// found once the page has named "Hank Dufresne" or "Lena Kowalczyk". Staff and the practice are removed later by
/// the allow list, never here.
/// </summary>
internal sealed class NameDetector : IDetector
{
    private readonly string _ruleId;
    private readonly NameLexicon _lexicon;
    private readonly NameSpanFinder _finder;

    public NameDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _lexicon = new NameLexicon(rule);
        _finder = new NameSpanFinder(_lexicon);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var found = new List<(Segment Segment, List<NameToken> Tokens, List<NameMatch> Matches)>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in SegmentScope.PhiSegments(document).Where(IsProse))
        {
            var tokens = NameTokenizer.Tokenize(segment.Text);
            var matches = _finder.Find(segment.Text, tokens);
            found.Add((segment, tokens, matches));
            foreach (var match in matches.Where(m => m.Confidence > Confidence.Low))
            {
                known.UnionWith(match.Keys.Where(k => k.Length > 1 && !_lexicon.Vetoes.Contains(k)));
            }
        }

        foreach (var (segment, tokens, matches) in found)
        {
            AddMentions(segment, tokens, matches, known);
            foreach (var match in matches)
            {
                candidates.Add(new Candidate(_ruleId, segment, match.Start, match.End - match.Start, match.Confidence));
            }
        }

        foreach (var segment in document.Segments.Where(s => s.Kind == RegionKind.ImageSource))
        {
            AddFileNameNames(segment, known, candidates);
        }
    }

    private static bool IsProse(Segment segment) => segment.Kind is not (RegionKind.LinkUrl or RegionKind.ImageSource
        or RegionKind.CodeBlock or RegionKind.CodeSpan);

    /// <summary>Other mentions of a known name word, unless a title claims them for a clinician ("Dr. Kowalski").</summary>
    private void AddMentions(Segment segment, List<NameToken> tokens, List<NameMatch> matches, HashSet<string> known)
    {
        if (known.Count == 0)
        {
            return;
        }

        var covered = matches.Select(m => (m.Start, m.End)).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalized || token.IsInitial || !known.Contains(token.Key)
                || covered.Exists(c => token.Start < c.End && c.Start < token.End)
                || (i > 0 && IsClaimedByTitle(segment.Text, tokens[i - 1], token)))
            {
                continue;
            }

            matches.Add(new NameMatch(token.Start, token.End, Confidence.Medium, [token.Key]));
        }
    }

    private bool IsClaimedByTitle(string text, NameToken previous, NameToken token) =>
        (_lexicon.ClinicianTitles.Contains(previous.Key) || _lexicon.PublicTitles.Contains(previous.Key))
        && NameRun.IsTitleGap(text, previous.End, token.Start);

    private void AddFileNameNames(Segment segment, HashSet<string> known, ICollection<Candidate> candidates)
    {
        var words = FileNameNames.Words(segment.Text);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end, key) = words[i];
            if (_lexicon.IsGiven(key) && i + 1 < words.Count && _lexicon.IsSurname(words[i + 1].Key) && words[i + 1].Key.Length > 1)
            {
                candidates.Add(new Candidate(_ruleId, segment, start, words[i + 1].End - start, Confidence.Medium));
                i++;
            }
            else if (known.Contains(key) && key.Length > 2)
            {
                candidates.Add(new Candidate(_ruleId, segment, start, end - start, Confidence.Medium));
            }
        }
    }
}
