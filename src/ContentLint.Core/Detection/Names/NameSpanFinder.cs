using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Finds names in one segment's text: runs of capitalized words led by a dictionary given name ("Greta Holm",
/// "Edgar L. Poole", "Ravi K."), an honorific ("Mr. Adeyemi") or an initial with a dictionary surname ("J. Ferreira"),
/// and lone given names outside sentence starts. Runs after a clinician or public title ("Dr. Lopez", "Sister
/// Elizabeth Kenny"), places ("Alder Flats"), eponyms and famous or historical people are skipped.
/// </summary>
internal sealed class NameSpanFinder(NameLexicon lexicon)
{
    private readonly NameCues _cues = new(lexicon);
    private readonly AddressLine _address = new();
    private readonly NameHonourees _honourees = new(lexicon);

    /// <summary>Looks up a run's joined words without making the string ("ruth abernathy" from its two keys).</summary>
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _famousNames =
        lexicon.FamousNames.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Honorifics, clinician and public titles in one set: every capitalized word is looked up in all three.</summary>
    private readonly System.Collections.Frozen.FrozenSet<string> _titles =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(lexicon.Honorifics.Concat(lexicon.ClinicianTitles).Concat(lexicon.PublicTitles), StringComparer.Ordinal);

    /// <summary>Every capitalized word is looked up in <see cref="_titles"/>; few are titles.</summary>
    private readonly NameKeyFilter _titleFilter = new(
        lexicon.Honorifics.Concat(lexicon.ClinicianTitles).Concat(lexicon.PublicTitles), 1 << 12);

    public List<NameMatch> Find(string text, List<NameToken> tokens) => FindOrNull(text, tokens, null) ?? [];

    /// <summary>
    /// As <see cref="Find"/>, but null rather than an empty list (most segments name nobody). With
    /// <paramref name="keys"/>, <paramref name="tokens"/> may have keys only for capitalized words (see
    /// <see cref="NameTokenizer.Tokenize(string, List{NameToken}, NameKeyCache?)"/>): the other words looked at are
    /// folded here, with the cache, when first needed. <paramref name="tokens"/> may also leave out words that are
    /// neither capitalized nor one of the two before or the one after a capitalized word (see
    /// <see cref="NameWindowTokenizer"/>): no step of the search reaches further from a capitalized word.
    /// </summary>
    /// <param name="staffKeys">When given, receives the words of names after a clinician title ("Dr. Alma Reyes").</param>
    public List<NameMatch>? FindOrNull(string text, List<NameToken> tokens, NameKeyCache? keys, HashSet<string>? staffKeys = null)
    {
        List<NameMatch>? matches = null;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalized)
            {
                i++;
                continue;
            }

            // A title names the person after it, and "Mr. Mrs." names no one: an honorific is never a name's word.
            if (IsTitle(tokens[i].Key) && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized
                && NameRun.IsTitleGap(text, tokens[i].End, tokens[i + 1].Start) && !lexicon.Honorifics.Contains(tokens[i + 1].Key))
            {
                var titled = NameRun.End(text, tokens, i + 1);
                if (lexicon.Honorifics.Contains(tokens[i].Key) && !IsExcluded(text, tokens, i + 1, titled, keys))
                {
                    (matches ??= []).Add(new NameMatch(tokens[i].Start, tokens[titled - 1].End, Confidence.High, Keys(tokens, i + 1, titled), NameCue.Honorific));
                }
                else if (staffKeys is not null && lexicon.ClinicianTitles.Contains(tokens[i].Key))
                {
                    // "Dr. Alma Reyes": her given name alone later on the page is the clinician's too.
                    staffKeys.UnionWith(Keys(tokens, i + 1, titled));
                }

                i = lexicon.PluralClinicianTitles.Contains(tokens[i].Key) ? SecondTitledName(text, tokens, titled, keys, staffKeys) : titled;
                continue;
            }

            var end = NameRun.End(text, tokens, i);
            if (Analyze(text, tokens, i, end, keys) is { } match)
            {
                (matches ??= []).Add(match);
            }

            i = end;
        }

        return matches;
    }

    /// <summary>"Drs. Ines and Paul Haber": the name after "and" is titled too; where the search goes on.</summary>
    private static int SecondTitledName(string text, List<NameToken> tokens, int titled, NameKeyCache? keys, HashSet<string>? staffKeys)
    {
        NameTokenizer.FoldAt(text, tokens, titled, keys);
        if (titled + 1 >= tokens.Count || tokens[titled].Key != "and" || !tokens[titled + 1].IsCapitalized)
        {
            return titled;
        }

        var second = NameRun.End(text, tokens, titled + 1);
        staffKeys?.UnionWith(Keys(tokens, titled + 1, second));
        return second;
    }

    private bool IsTitle(string key) => _titleFilter.MayContain(key) && _titles.Contains(key);

    private NameMatch? Analyze(string text, List<NameToken> tokens, int runStart, int runEnd, NameKeyCache? keys)
    {
        var first = runStart;
        while (first < runEnd && !StartsName(tokens, first, runEnd))
        {
            first++;
        }

        // The cues before the name (CueBefore, FollowsPlacePreposition, EndsPlaceList) read the two words before
        // it; the word after the run (CueAfter, IsEponym) is folded by IsExcluded.
        if (first == runEnd || (first > runStart && NameCues.IsSignature(text, tokens[runStart].Start)))
        {
            // No dictionary knows the first word: a name only by its position. Under a quote the whole run from the
            // dash is the signature ("— Temitope Adewale"), even when a later word of it is a given name too.
            NameTokenizer.FoldAt(text, tokens, runStart - 1, keys);
            NameTokenizer.FoldAt(text, tokens, runStart - 2, keys);
            return UnlistedName(text, tokens, runStart, runEnd, keys);
        }

        NameTokenizer.FoldAt(text, tokens, first - 1, keys);
        NameTokenizer.FoldAt(text, tokens, first - 2, keys);
        if (IsExcluded(text, tokens, runStart, runEnd, keys))
        {
            return null;
        }

        var last = LastOfName(tokens, first, runEnd);
        var nameEnd = tokens[last - 1].SpanEnd;
        var cueKind = _cues.CueBefore(text, tokens, first);
        if (cueKind == NameCue.Signature && !NameSignatures.Ends(text, nameEnd))
        {
            cueKind = NameCue.None; // "— Zod transform pipeline": a dash before a list item's description
        }

        if (cueKind == NameCue.None)
        {
            cueKind = _cues.CueAfter(text, tokens, last, nameEnd);
            if (cueKind == NameCue.Patient && _cues.FollowsPlacePreposition(tokens, first))
            {
                cueKind = NameCue.None; // "a pilot from Cobb Ferry came in": who came in is the pilot
            }
        }

        if (cueKind == NameCue.None && tokens[last - 1].IsInitial && NameSignatures.IsAloneOnLine(text, tokens[first].Start, nameEnd))
        {
            cueKind = NameCue.Signature; // "Sarah K." on a line of its own under a quote
        }

        var cue = cueKind != NameCue.None;
        var withInitial = last - first == 2 && tokens[last - 1].IsInitial;
        if (!cue && (EndsPlaceList(text, tokens, first, keys) || _address.Holds(text, tokens[first].Start, nameEnd)))
        {
            return null;
        }

        if (!withInitial && !cue && _cues.FollowsPlacePreposition(tokens, first))
        {
            return null;
        }

        if (!cue && last - first == 2 && !withInitial && !tokens[first].IsInitial
            && !lexicon.IsSurname(tokens[first + 1].Key) && !lexicon.IsCommonGiven(tokens[first].Key))
        {
            return null;
        }

        Confidence confidence;
        if (last - first >= 2)
        {
            confidence = NameCues.Rank(cue, Confidence.Medium);
        }
        else if (lexicon.Places.Contains(tokens[first].Key))
        {
            return null;
        }
        else if (cue)
        {
            confidence = Confidence.High;
        }
        else if (NameCues.IsSentenceStart(text, tokens, first) || tokens[first].IsInitial)
        {
            return null;
        }
        else
        {
            confidence = Confidence.Low;
        }

        return new NameMatch(tokens[first].Start, nameEnd, confidence, Keys(tokens, first, last), cueKind);
    }

    /// <summary>The end of the name that starts at <paramref name="first"/>: at most three words (particles not counted), no place word.</summary>
    private int LastOfName(List<NameToken> tokens, int first, int runEnd)
    {
        var last = first + 1;
        var words = 1;
        while (last < runEnd && words < 3 && !lexicon.PlaceWords.Contains(tokens[last].Key))
        {
            words += tokens[last].IsCapitalized ? 1 : 0;
            last++;
        }

        return last;
    }

    /// <summary>
    /// A run whose first word no dictionary lists is a name only by position: right after a lower-case relative or
    /// patient word ("my son, Kwame,", "patient Li"), or as a signature under a quote in the testimonial form "first
    /// name, last initial" ("— Adaeze O."; a dash before other words is a list item's description). Its words
    /// must not be titles, vetoed words, places, organizations or products.
    /// </summary>
    private NameMatch? UnlistedName(string text, List<NameToken> tokens, int runStart, int runEnd, NameKeyCache? keys)
    {
        if (tokens[runStart].IsInitial)
        {
            return NameSignatures.Initials(text, tokens, runStart); // "R.K.": initials without a space are runs of their own
        }

        // The cue first: most capitalized runs no dictionary knows (headings, product names) have none, and the
        // exclusions after it (famous people, historical years) cost more than the whole cue check.
        NameTokenizer.FoldAt(text, tokens, runEnd, keys);
        var last = LastOfName(tokens, runStart, runEnd);
        NameCue cue;
        var confidence = Confidence.High;
        if (IsFamilyName(text, tokens, runStart, last, keys))
        {
            cue = NameCue.Patient;
        }
        else if (_cues.HasRelativeWordBefore(text, tokens, runStart))
        {
            cue = NameCue.Patient;
        }
        else if (tokens[last - 1].IsInitial && (NameCues.IsSignature(text, tokens[runStart].Start) || NameSignatures.IsAloneOnLine(text, tokens[runStart].Start, tokens[last - 1].SpanEnd))
            && NameSignatures.Ends(text, tokens[last - 1].SpanEnd))
        {
            cue = NameCue.Signature;
        }
        else if (NameCues.IsSignature(text, tokens[runStart].Start) && NameSignatures.Ends(text, tokens[last - 1].SpanEnd))
        {
            // "— Wei-Ling Tan", "— Kwabena": words no dictionary knows under a quote are a name only on a story page.
            cue = NameCue.Signature;
            confidence = NameSignatures.StoryOnly;
        }
        else if (runEnd - runStart == 2 && !tokens[runStart + 1].IsInitial && lexicon.IsSurname(tokens[runStart + 1].Key)
            && _honourees.FollowsHonour(text, tokens, runStart))
        {
            // "Congratulations to Ilinca Ionescu": a full name by its form and place, judged as any full name.
            cue = NameCue.None;
            confidence = Confidence.Medium;
        }
        else
        {
            return null;
        }

        if (IsExcluded(text, tokens, runStart, runEnd, keys))
        {
            return null;
        }

        for (var k = runStart; k < last; k++)
        {
            if (tokens[k].IsCapitalized && (lexicon.Vetoes.Contains(tokens[k].Key) || IsTitle(tokens[k].Key) || lexicon.Places.Contains(tokens[k].Key)))
            {
                return null;
            }
        }

        return new NameMatch(tokens[runStart].Start, tokens[last - 1].SpanEnd, confidence, Keys(tokens, runStart, last), cue);
    }

    /// <summary>"the Okonjo family", "the Nguyens' home": one capitalized word between "the" and "family" is a family's name.</summary>
    private static bool IsFamilyName(string text, List<NameToken> tokens, int first, int last, NameKeyCache? keys)
    {
        NameTokenizer.FoldAt(text, tokens, last, keys);
        return last == first + 1 && first > 0 && last < tokens.Count
            && tokens[first - 1].Key == "the" && !tokens[first - 1].IsCapitalized && tokens[first].Start - tokens[first - 1].End <= 2
            && tokens[last].Key is "family" or "families" && !tokens[last].IsCapitalized && tokens[last].Start - tokens[first].End <= 2
            && !IsFamilyCompound(text, tokens[last].End);
    }

    /// <summary>"family practice", "family dentistry", "family fun day": "family" begins a compound, not a household.</summary>
    private static bool IsFamilyCompound(string text, int familyEnd)
    {
        var next = NearbyWords.After(text, familyEnd, 1, stopAtComma: true);
        return next.Count == 1 && text.AsSpan(familyEnd).TrimStart(' ') is { Length: > 0 } rest && char.IsLetter(rest[0])
            && next[0] is "practice" or "practices" or "medicine" or "dentistry" or "dental" or "doctor" or "doctors" or "physician"
                or "physicians" or "clinic" or "care" or "health" or "plan" or "plans" or "room" or "day" or "night" or "event"
                or "events" or "fun" or "friendly" or "owned" or "business" or "restaurant" or "farm" or "law" or "therapy";
    }

    /// <summary>
    /// "serving Alder Flats, Alder Flats, Millbury and Cobb Ferry": a run after two list items that are places
    /// (or at least not people) is the list's next place, even when its words could be a given name and a surname.
    /// </summary>
    private bool EndsPlaceList(string text, List<NameToken> tokens, int first, NameKeyCache? keys)
    {
        var index = first;
        for (var items = 0; items < 2; items++)
        {
            NameTokenizer.FoldAt(text, tokens, index - 1, keys);
            NameTokenizer.FoldAt(text, tokens, index - 2, keys);
            // The word "and"/"or" is a token of its own: the previous item ends before it.
            var previous = index - 1;
            if (previous > 0 && tokens[previous].Key is "and" or "or")
            {
                previous--;
            }

            if (previous < 0 || !tokens[previous].IsCapitalized || !IsListSeparator(text, tokens[previous].End, tokens[index].Start))
            {
                return false;
            }

            index = previous;
            var itemEnd = index + 1;
            while (index > 0 && tokens[index - 1].IsCapitalized && IsSpaceOnly(text, tokens[index - 1].End, tokens[index].Start) && itemEnd - index < 4)
            {
                index--;
            }

            var isPlace = false;
            for (var k = index; k < itemEnd; k++)
            {
                isPlace |= lexicon.PlaceWords.Contains(tokens[k].Key);
            }

            if (!isPlace && (lexicon.IsGiven(tokens[index].Key) || IsTitle(tokens[index].Key)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsListSeparator(string text, int from, int to)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from)).Trim();
        return gap is "," or "and" or "or" or ", and" or ", or" or "&";
    }

    private static bool IsSpaceOnly(string text, int from, int to) => to - from == 1 && text[from] == ' ';

    /// <summary>A given name, or an initial followed by a dictionary surname ("J. Ferreira").</summary>
    private bool StartsName(List<NameToken> tokens, int index, int runEnd) =>
        tokens[index].IsInitial
            ? index + 1 < runEnd && !tokens[index + 1].IsInitial && lexicon.IsSurname(tokens[index + 1].Key)
                && (index == 0 || !tokens[index - 1].IsCapitalized)
            : lexicon.IsGiven(tokens[index].Key);

    /// <summary>Places, organizations, eponyms, placeholders, famous and historical people.</summary>
    private bool IsExcluded(string text, List<NameToken> tokens, int runStart, int runEnd, NameKeyCache? keys)
    {
        NameTokenizer.FoldAt(text, tokens, runEnd, keys); // IsEponym and HasCueAfter read the word after the run
        var words = 0;
        var joinedLength = -1;
        string? lastWord = null;
        for (var k = runStart; k < runEnd; k++)
        {
            NameTokenizer.FoldAt(text, tokens, k, keys); // a particle inside the run ("da" in a famous name)
            if (lexicon.NotPersonWords.Contains(tokens[k].Key) && tokens[k].IsCapitalized)
            {
                return true;
            }

            if (lexicon.PlaceWords.Contains(tokens[k].Key) || lexicon.PlaceholderSurnames.Contains(tokens[k].Key)
                || (k > runStart && lexicon.EponymNouns.Contains(tokens[k].Key)))
            {
                return true;
            }

            if (!tokens[k].IsInitial)
            {
                words++;
                joinedLength += tokens[k].Key.Length + 1;
                lastWord = tokens[k].Key;
            }
        }

        return _cues.IsEponym(tokens, runEnd) || IsOrganizationAbbreviationAfter(text, tokens, runEnd)
            || (words >= 2 && lexicon.FamousSurnames.Contains(lastWord!))
            || IsFamousName(tokens, runStart, runEnd, Math.Max(0, joinedLength))
            || NameCues.HasHistoricalYear(text, tokens[runStart].Start, tokens[runEnd - 1].End);
    }

    /// <summary>"Fern Hollow FC", "Acme LLC": an organization word in capitals right after the run (capitals end a run).</summary>
    private bool IsOrganizationAbbreviationAfter(string text, List<NameToken> tokens, int runEnd) =>
        runEnd < tokens.Count && !tokens[runEnd].IsCapitalized && char.IsUpper(text[tokens[runEnd].Start])
        && tokens[runEnd].Start - tokens[runEnd - 1].End == 1 && lexicon.NotPersonWords.Contains(tokens[runEnd].Key);

    /// <summary>The keys of the run's words (initials left out) joined by spaces are a famous person's.</summary>
    internal bool IsFamousName(List<NameToken> tokens, int runStart, int runEnd, int joinedLength)
    {
        // A run has at most five words of at most 40 letters; a longer key (folding can lengthen one) takes the heap.
        var joined = joinedLength <= 256 ? stackalloc char[256] : new char[joinedLength];
        var length = 0;
        var first = true;
        for (var k = runStart; k < runEnd; k++)
        {
            if (!tokens[k].IsInitial)
            {
                if (!first)
                {
                    joined[length++] = ' ';
                }

                first = false;

                tokens[k].Key.CopyTo(joined[length..]);
                length += tokens[k].Key.Length;
            }
        }

        return _famousNames.Contains(joined[..length]);
    }

    private static List<string> Keys(List<NameToken> tokens, int start, int end)
    {
        var keys = new List<string>(end - start);
        for (var k = start; k < end; k++)
        {
            // Particles ("de", "van") are part of the span but not words to look for elsewhere.
            if (!tokens[k].IsInitial && tokens[k].IsCapitalized)
            {
                keys.Add(tokens[k].Key);
            }
        }

        return keys;
    }
}
