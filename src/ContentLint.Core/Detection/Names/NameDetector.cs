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
        // segment alive costs far more (memory and garbage collection) than tokenizing twice. The second pass only
        // folds the capitalized words it needs.
        var all = document.Segments;
        var keys = NameKeyCache.ForCurrentThread();
        var scratch = NameScratch.Rent();
        var tokens = scratch.Tokens;
        var known = scratch.Known;
        var found = new List<NameMatch>?[all.Count];
        for (var s = 0; s < all.Count; s++)
        {
            var segment = all[s];
            if (!IsScanned(segment))
            {
                continue;
            }

            NameTokenizer.Tokenize(segment.Text, tokens, keys);
            var matches = _finder.Find(segment.Text, tokens);
            found[s] = matches.Count > 0 ? matches : null;
            foreach (var match in matches)
            {
                if (match.Confidence > Confidence.Low)
                {
                    AddKnown(match.Keys, known);
                }
            }
        }

        for (var s = 0; s < all.Count; s++)
        {
            var segment = all[s];
            if (!IsScanned(segment))
            {
                continue;
            }

            var matches = found[s];
            if (known.Count > 0)
            {
                matches = AddMentions(segment.Text, matches, known, keys);
            }

            if (matches is null)
            {
                continue;
            }

            foreach (var match in matches)
            {
                candidates.Add(new Candidate(_ruleId, segment, match.Start, match.End - match.Start, match.Confidence));
            }
        }

        for (var s = 0; s < all.Count; s++)
        {
            if (all[s].Kind == RegionKind.ImageSource)
            {
                AddFileNameNames(all[s], known, candidates);
            }
        }

        NameScratch.Return(scratch);
    }

    private static bool IsScanned(Segment segment) => IsProse(segment) && SegmentScope.IsScannedForPhi(segment);

    private void AddKnown(IReadOnlyList<string> keys, HashSet<string> known)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (key.Length > 1 && !_lexicon.Vetoes.Contains(key))
            {
                known.Add(key);
            }
        }
    }

    private static bool IsProse(Segment segment) => segment.Kind is not (RegionKind.LinkUrl or RegionKind.ImageSource
        or RegionKind.CodeBlock or RegionKind.CodeSpan);

    /// <summary>
    /// Other mentions of a known name word, unless a title claims them for a clinician ("Dr. Kowalski"). Walks the
    /// same words as the tokenizer but folds only capitalized ones (and the word before a known one).
    /// </summary>
    /// <returns><paramref name="matches"/>, or a new list when it was null and a mention was found.</returns>
    private List<NameMatch>? AddMentions(string text, List<NameMatch>? matches, HashSet<string> known, NameKeyCache keys)
    {
        // Only the names the first pass found count as covering a word, not the mentions added here.
        var found = matches?.Count ?? 0;
        var i = 0;
        var hasPrevious = false;
        var previousStart = 0;
        var previousEnd = 0;
        while (NameTokenizer.NextWord(text, ref i, out var start, out var end, out _))
        {
            if (NameTokenizer.IsCapitalizedWord(text, start, end)
                && keys.Fold(text.AsSpan(start, end - start)) is var key && known.Contains(key)
                && (matches is null || !IsCovered(matches, found, start, end))
                && !(hasPrevious && IsClaimedByTitle(text, keys.Fold(text.AsSpan(previousStart, previousEnd - previousStart)), previousEnd, start)))
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

    private static bool IsCovered(List<NameMatch> matches, int count, int start, int end)
    {
        for (var m = 0; m < count; m++)
        {
            if (start < matches[m].End && matches[m].Start < end)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsClaimedByTitle(string text, string previousKey, int previousEnd, int start) =>
        (_lexicon.ClinicianTitles.Contains(previousKey) || _lexicon.PublicTitles.Contains(previousKey))
        && NameRun.IsTitleGap(text, previousEnd, start);

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
