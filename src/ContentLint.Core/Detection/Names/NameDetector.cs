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

        // Two passes over the same segments: the first finds names and their keys, the second their other mentions.
        // Tokens are made again in the second pass rather than kept: on a large page, keeping every token of every
        // segment alive costs far more (memory and garbage collection) than tokenizing twice.
        var segments = SegmentScope.PhiSegments(document).Where(IsProse).ToList();
        var keys = new NameKeyCache();
        var tokens = new List<NameToken>();
        var found = new List<NameMatch>?[segments.Count];
        var known = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < segments.Count; s++)
        {
            NameTokenizer.Tokenize(segments[s].Text, tokens, keys);
            var matches = _finder.Find(segments[s].Text, tokens);
            found[s] = matches.Count > 0 ? matches : null;
            foreach (var match in matches.Where(m => m.Confidence > Confidence.Low))
            {
                known.UnionWith(match.Keys.Where(k => k.Length > 1 && !_lexicon.Vetoes.Contains(k)));
            }
        }

        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            var matches = found[s] ?? [];
            if (known.Count > 0)
            {
                NameTokenizer.Tokenize(segment.Text, tokens, keys);
                AddMentions(segment, tokens, matches, known);
            }

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

        // Only the names the first pass found count as covering a word, not the mentions added here.
        var found = matches.Count;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsCapitalized || token.IsInitial || !known.Contains(token.Key)
                || IsCovered(matches, found, token)
                || (i > 0 && IsClaimedByTitle(segment.Text, tokens[i - 1], token)))
            {
                continue;
            }

            matches.Add(new NameMatch(token.Start, token.End, Confidence.Medium, [token.Key]));
        }
    }

    private static bool IsCovered(List<NameMatch> matches, int count, NameToken token)
    {
        for (var m = 0; m < count; m++)
        {
            if (token.Start < matches[m].End && matches[m].Start < token.End)
            {
                return true;
            }
        }

        return false;
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
