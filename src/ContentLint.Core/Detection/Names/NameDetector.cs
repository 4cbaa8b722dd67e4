using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Names of patients and their relatives (PHI001). Names found with a cue or as a full name are then looked for
/// again across the whole document, so that "Otis" or "Holm" alone (a title, alt text, a sentence start) is
/// found once the page has named "Otis Varga" or "Greta Holm". Staff and the practice are removed later by
/// the allow list, never here.
/// </summary>
internal sealed class NameDetector : IDetector
{
    private readonly string _ruleId;
    private readonly NameLexicon _lexicon;
    private readonly NameCues _cues;
    private readonly NameSpanFinder _finder;
    private readonly NameRoleJudge _judge;
    private readonly FrontMatterPeople _frontMatterPeople;
    private readonly ImageFileNameNames _fileNames;
    private readonly NameHonourees _honourees;

    public NameDetector(RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _lexicon = new NameLexicon(rule);
        _cues = new NameCues(_lexicon);
        _finder = new NameSpanFinder(_lexicon);
        _judge = new NameRoleJudge(_lexicon);
        _frontMatterPeople = new FrontMatterPeople(_lexicon);
        _fileNames = new ImageFileNameNames(_lexicon, _ruleId);
        _honourees = new NameHonourees(_lexicon);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);

        // Three steps over the same segments: the first finds names (and the clinicians' names), the second gives each
        // its role and decides whether it is reported (a clinician named anywhere on the page counts everywhere), the
        // third finds other mentions of the names reported. The first keeps the capitalized words of each segment
        // (only they can be a mention), so the third looks at those instead of walking every word again; the tokens
        // themselves are not kept: on a large page, keeping every token of every segment alive costs far more.
        var all = document.Segments;
        var profile = document.Profile;
        var keys = NameKeyCache.ForCurrentThread();
        var scratch = NameScratch.Rent();
        var tokens = scratch.Tokens;
        var known = scratch.Known;
        var capitalized = scratch.Capitalized;
        // The clinicians the site's own pages introduce (the site roster) are staff on every page, as the page's own are.
        var staffKeys = new HashSet<string>(profile.Site.StaffKeys, StringComparer.Ordinal);
        var found = new List<NameMatch>?[all.Count];
        for (var s = 0; s < all.Count; s++)
        {
            var segment = all[s];
            if (!IsScanned(segment))
            {
                continue;
            }

            // A reviewer's name typed in lower case ("maria gomez") is a name by its key alone.
            var storyKeyedValue = segment.IsKeyedValue && (profile.IsStoryText(segment) || _frontMatterPeople.IsPatientKey(segment));
            if (!HasUpper(segment.Text) && !storyKeyedValue)
            {
                continue; // no capitalized word: neither a name nor a mention of one
            }

            NameWindowTokenizer.Tokenize(segment.Text, tokens, keys);
            if ((FrontMatterPeople.IsAuthorKey(segment) && !profile.IsStoryText(segment)) || _frontMatterPeople.IsStaffKey(segment))
            {
                // The page's author wrote it, and a story's doctor gave the care: staff or a writer, not a patient.
                AddCapitalizedKeys(tokens, staffKeys);
                continue;
            }

            found[s] = storyKeyedValue && _frontMatterPeople.PersonKeyName(segment, tokens) is { } person
                ? [person]
                : _finder.FindOrNull(segment.Text, tokens, keys, staffKeys);
            KeepCapitalized(s, tokens, capitalized);
        }

        for (var s = 0; s < all.Count; s++)
        {
            if (found[s] is { } matches)
            {
                found[s] = Reported(all[s], matches, profile.ForText(all[s]), staffKeys, known);
            }
        }

        if (profile.StoryRecords.Count >= RepeatedStoryNames.MinStories)
        {
            RepeatedStoryNames.Remove(all, found, profile, staffKeys, known);
        }

        var next = 0;
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
                matches = AddMentions(segment.Text, s, matches, known, capitalized, keys, ref next);
                found[s] = matches; // an image's alt text with the name stands for its file name too
            }

            if (matches is null)
            {
                continue;
            }

            foreach (var match in matches)
            {
                candidates.Add(new Candidate(_ruleId, segment, match.Start, match.End - match.Start, match.Confidence) { Reason = match.Reason });
            }
        }

        if (profile.Kind != PageKind.Staff)
        {
            for (var s = 0; s < all.Count; s++)
            {
                // A page's images, and the photos, videos and documents a page links or a story record names.
                var segment = all[s];
                if (segment.Kind == RegionKind.ImageSource
                    || (FileNameNames.IsMediaFile(segment.Text) && (segment.IsKeyedValue ? profile.IsStoryText(segment) : segment.Kind is RegionKind.LinkUrl or RegionKind.Attribute)))
                {
                    _fileNames.Add(all, s, found, known, profile.ForText(segment), candidates);
                }
            }
        }

        NameScratch.Return(scratch);
    }

    /// <summary>
    /// The matches of one segment that are PHI001, with the confidence and reason the page and their role give them
    /// (null when none is); the words of those found with a cue or as a full name become known, to be looked for
    /// elsewhere on the page.
    /// </summary>
    internal List<NameMatch>? Reported(Segment segment, List<NameMatch> matches, PageProfile profile, HashSet<string> staffKeys, HashSet<string> known)
    {
        List<NameMatch>? reported = null;
        NameMatch? previous = null;
        foreach (var match in matches)
        {
            var signed = previous;
            previous = match;
            if (signed is { Cue: NameCue.Signature } && match.Cue == NameCue.None && IsPlaceAfterSignature(segment.Text, signed.End, match.Start))
            {
                continue; // "— Chidinma E., Columbus": where the writer lives, PHI002's to judge
            }

            var (role, _) = _judge.Judge(segment, match, profile, staffKeys);
            var decision = NameReportPolicy.Decide(match, role, profile,
                () => Context.HealthVocabulary.HasHealthContext(segment.Text, match.Start, match.End, HealthWindow),
                () => IsHealthStory(segment.Text, match.Start, match.End),
                segment.Text.AsSpan().Trim().Length == match.End - match.Start,
                match.Keys.Any(known.Contains),
                IsPossessive(segment.Text, match.End));
            if (decision is null && role == NameRole.Unknown && reported is [.., var listed] && ReferenceEquals(listed.Source, signed)
                && NameLists.Continues(segment.Text, listed.End, match.Start))
            {
                // "her parents, Yuki and Dan", "its first members, Ana Ruiz, Ines Vogt and Kofi Mensah": one list, one kind of person.
                decision = (listed.Confidence, NameLists.Reason);
            }

            if (decision is null && role == NameRole.Unknown && reported is [.., var honoured] && _honourees.Continues(segment.Text, honoured, match))
            {
                decision = (honoured.Confidence, NameHonourees.Reason);
            }

            if (decision is not { } report)
            {
                continue;
            }

            (reported ??= []).Add(match with { Confidence = report.Confidence, Reason = report.Reason, Source = match });
            // A signature no dictionary knows is a name only on a story page; once reported there, its words are known.
            if (match.Confidence > Confidence.Low || (match.Cue == NameCue.Signature && report.Confidence > Confidence.Low && match.Keys.Count > 0))
            {
                AddKnown(match.Keys, known, staffKeys);
            }
        }

        return reported;
    }

    /// <summary>Only ", " between a signature and the word after it.</summary>
    private static bool IsPlaceAfterSignature(string text, int signatureEnd, int start) =>
        text.AsSpan(signatureEnd, Math.Max(0, start - signatureEnd)).Trim() is ",";

    /// <summary>How far from a name health words make it a patient's (about a sentence either side).</summary>
    private const int HealthWindow = 120;

    /// <summary>The sentence around the name, or the next, has health words and "he", "she", "his" or "her": the person's own health story.</summary>
    private bool IsHealthStory(string text, int start, int end)
    {
        // With the next sentence: "Take Marguerite. At 93, she came to us after two falls."
        var (from, to) = Text.Sentences.AroundWithNext(text, start, end, SentenceReach);
        return HasThirdPerson(text, from, to) && (Context.HealthVocabulary.HasHealthContext(text, from, to, 0) || _cues.HasVisit(text, from, to));
    }

    /// <summary>How far out the sentence of a name is looked for.</summary>
    private const int SentenceReach = 200;


    private static bool HasThirdPerson(string text, int from, int to)
    {
        var words = Context.HealthWordForms.Words(text, from, to);
        while (words.MoveNext())
        {
            var w = words.Word;
            if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase)
                || w.Equals("his", StringComparison.OrdinalIgnoreCase) || w.Equals("her", StringComparison.OrdinalIgnoreCase)
                || w.Equals("him", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }


    private static void AddCapitalizedKeys(List<NameToken> tokens, HashSet<string> into)
    {
        foreach (var token in tokens)
        {
            if (token.IsCapitalized && !token.IsInitial)
            {
                into.Add(token.Key);
            }
        }
    }

    /// <summary>
    /// True when some character of <paramref name="text"/> is upper-case (char.IsUpper), as the first letter of every
    /// capitalized word is: a vectorized search for A-Z or a non-ASCII character, which is then checked.
    /// </summary>
    internal static bool HasUpper(string text)
    {
        var rest = text.AsSpan();
        while (rest.IndexOfAnyExcept(NameTokenizer.AsciiNotUpper) is var i && i >= 0)
        {
            if (char.IsUpper(rest[i]))
            {
                return true;
            }

            rest = rest[(i + 1)..];
        }

        return false;
    }

    private static bool IsScanned(Segment segment) => IsProse(segment) && SegmentScope.IsScannedForPhi(segment);

    private void AddKnown(IReadOnlyList<string> keys, HashSet<string> known, HashSet<string> staffKeys)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k];
            if (key.Length > 1 && !_lexicon.Vetoes.Contains(key) && !staffKeys.Contains(key))
            {
                known.Add(key);
            }
        }
    }

    private static bool IsProse(Segment segment) => segment.Kind is not (RegionKind.LinkUrl or RegionKind.ImageSource
        or RegionKind.CodeBlock or RegionKind.CodeSpan);

    /// <summary>
    /// The capitalized words of segment <paramref name="segment"/> (words that start upper-case and have a lower-case
    /// letter; initials are not) with the keys they had in the first pass, and where the word before each lies (it is
    /// folded only for a mention of a known name, to see whether a title claims it).
    /// </summary>
    private static void KeepCapitalized(int segment, List<NameToken> tokens, List<CapitalizedWord> capitalized)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        for (var k = 0; k < span.Length; k++)
        {
            ref readonly var token = ref span[k];
            if (token.IsCapitalized && !token.IsInitial)
            {
                capitalized.Add(k > 0
                    ? new CapitalizedWord(segment, token.Start, token.End, token.Key, span[k - 1].Start, span[k - 1].End)
                    : new CapitalizedWord(segment, token.Start, token.End, token.Key, -1, -1));
            }
        }
    }

    /// <summary>
    /// Other mentions of a known name word, unless a title claims them for a clinician ("Dr. Kowalski"): the
    /// capitalized words of the segment the first pass kept, from <paramref name="next"/> on (advanced past them).
    /// </summary>
    /// <returns><paramref name="matches"/>, or a new list when it was null and a mention was found.</returns>
    private List<NameMatch>? AddMentions(string text, int segment, List<NameMatch>? matches, HashSet<string> known,
        List<CapitalizedWord> capitalized, NameKeyCache keys, ref int next)
    {
        // Only the names the first pass found count as covering a word, not the mentions added here.
        var found = matches?.Count ?? 0;
        for (; next < capitalized.Count && capitalized[next].Segment <= segment; next++)
        {
            var word = capitalized[next];
            if (word.Segment == segment && known.Contains(word.Key)
                && (matches is null || !IsCovered(matches, found, word.Start, word.End))
                && !(word.PreviousStart >= 0
                    && IsClaimedByTitle(text, keys.Fold(text.AsSpan(word.PreviousStart, word.PreviousEnd - word.PreviousStart)), word.PreviousEnd, word.Start)))
            {
                matches ??= [];
                if (matches.Count > found && matches[^1] is { Cue: NameCue.Mention } before && IsNameGap(text, before.End, word.Start))
                {
                    // "Amara Okeke-Bassey" again: one person, one finding over the whole name.
                    matches[^1] = before with { End = word.End, Keys = [.. before.Keys, word.Key] };
                    continue;
                }

                matches.Add(new NameMatch(word.Start, word.End, Confidence.Medium, [word.Key], NameCue.Mention) { Reason = "another mention of a name on this page" });
            }
        }

        return matches;
    }

    /// <summary>
    /// Whether a name of the first pass overlaps [<paramref name="start"/>, <paramref name="end"/>). The finder's
    /// matches are in source order and do not overlap (each run starts where the one before ended), so their ends
    /// are in order too: a binary search finds the first one ending after <paramref name="start"/>. A loop over all
    /// of them made a 1 MB paragraph of "Mr. " take a minute (every word a mention, every mention checked against
    /// every name).
    /// </summary>
    private static bool IsCovered(List<NameMatch> matches, int count, int start, int end)
    {
        var low = 0;
        var high = count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (matches[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < count && matches[low].Start < end;
    }

    /// <summary>One space between two words of a name.</summary>
    private static bool IsNameGap(string text, int end, int start) => start - end == 1 && text[end] == ' ';

    private bool IsClaimedByTitle(string text, string previousKey, int previousEnd, int start) =>
        (_lexicon.ClinicianTitles.Contains(previousKey) || _lexicon.PublicTitles.Contains(previousKey))
        && NameRun.IsTitleGap(text, previousEnd, start);

    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && NameText.IsApostrophe(text[end]) && text[end + 1] is 's' or 'S';
}
