using System.Collections.Frozen;
using System.Runtime.InteropServices;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using ContentLint.Core.Text;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Towns and streets tied to a person: a residence cue ("lives in", "grew up in"), "from" or a plain "in" in a
/// sentence about one person, "of" after a name's initial, a street after "his apartment on", and the place of a
/// testimonial signature ("Tom R., Millbury"). Cue lists and vetoes come from the catalog.
/// </summary>
internal sealed class PlaceNameFinder
{
    // Indexes of the cue lists in _cues.
    private const int Residence = 0, Origin = 1, AfterName = 2, Weak = 3, Street = 4;

    private readonly CueWordGroup _cues;

    /// <summary>Lists that grew past this many cues (a huge page) are dropped after use rather than kept.</summary>
    private const int MaxKeptCues = 4096;

    [ThreadStatic]
    private static List<(int Start, int End)>[]? t_cues;

    /// <summary>Where a cue must end to be of use (<see cref="PlaceCueEnds"/>), the calling thread's.</summary>
    [ThreadStatic]
    private static List<int>? t_ends;

    private readonly FrozenSet<string> _notPlaces;
    private readonly FrozenSet<string> _venues;
    private readonly FrozenSet<string> _neighbourhoods;
    private readonly FrozenSet<string> _groups;
    private readonly FrozenSet<string> _readers;
    private readonly FrozenSet<string> _roles;

    public PlaceNameFinder(RuleDefinition rule)
    {
        _cues = new CueWordGroup(
            new CueWords(rule.GetList("residenceCues")),
            new CueWords(rule.GetList("originCues")),
            new CueWords(rule.GetList("afterNameCues")),
            new CueWords(rule.GetList("weakCues")),
            new CueWords(rule.GetList("streetCues")));
        _notPlaces = rule.GetList("notPlaces").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _venues = rule.GetList("venueWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _neighbourhoods = rule.GetList("neighbourhoodWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _groups = rule.GetList("groupWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _readers = rule.GetList("readerWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _roles = rule.GetList("roleWords").ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>True when <paramref name="word"/> names a public venue ("Center", "Hall", "Park").</summary>
    public bool IsVenue(ReadOnlySpan<char> word) => _venues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Adds the places of <paramref name="text"/> to <paramref name="found"/>; when <paramref name="attributions"/> is
    /// given, the places of a quote's attribution ("Wren A. of Calder Bend", a signature line) go there instead: they
    /// sign a patient's words, wherever the words are quoted.
    /// </summary>
    public void Find(string text, List<(int Start, int End, Confidence Confidence)> found, List<(int Start, int End, Confidence Confidence)>? attributions = null)
    {
        var signed = attributions ?? found;
        // Every use of a cue below reads a capitalized word right after it (AddPlace, AddStreetName): only the cues
        // ending where one follows are needed (any other cue added nothing). One search for all five lists, from
        // those ends. The lists are the calling thread's, refilled for every segment (the finder is shared by all
        // scanning threads).
        var cues = t_cues ??= _cues.CreateLists();
        var ends = t_ends ??= [];
        PlaceCueEnds.Find(text, ends);
        _cues.FindAllEndingAt(text, CollectionsMarshal.AsSpan(ends), cues);
        foreach (var (cueStart, cueEnd) in cues[Residence])
        {
            if (!IsAfterWord(text, cueStart, _readers))
            {
                AddPlace(text, cueEnd, found, Confidence.High, needsPerson: false, home: true);
            }
        }

        foreach (var (_, cueEnd) in cues[Origin])
        {
            AddPlace(text, cueEnd, found, Confidence.High, needsPerson: true, home: true);
        }

        foreach (var (cueStart, cueEnd) in cues[AfterName])
        {
            if (IsAfterInitial(text, cueStart) || IsAfterNameAndComma(text, cueStart))
            {
                AddPlace(text, cueEnd, IsAfterInitial(text, cueStart) ? signed : found, Confidence.High, needsPerson: false);
            }
        }

        foreach (var (cueStart, cueEnd) in cues[Weak])
        {
            if (!IsAfterWord(text, cueStart, _groups))
            {
                AddPlace(text, cueEnd, found, Confidence.Medium, needsPerson: true);
            }
        }

        foreach (var (_, cueEnd) in cues[Street])
        {
            AddStreetName(text, cueEnd, found);
        }

        FindSignatures(text, signed);
        if (ends.Capacity > MaxKeptCues)
        {
            t_ends = null; // a huge page's lists are not kept for the life of the thread
        }

        foreach (var list in cues)
        {
            if (list.Capacity > MaxKeptCues)
            {
                t_cues = null;
                break;
            }
        }
    }

    private void AddPlace(string text, int cueEnd, List<(int, int, Confidence)> found, Confidence confidence, bool needsPerson, bool home = false)
    {
        if (cueEnd + 1 >= text.Length || text[cueEnd] is not (' ' or '\n'))
        {
            return;
        }

        var start = cueEnd + 1;
        var end = PlacePhrase.Read(text, ref start, out var nameEnd);
        if (end < 0 || !IsPlaceName(text, start, nameEnd, home) || (needsPerson && PlacePhrase.StartsList(text, nameEnd)))
        {
            return;
        }

        if (needsPerson)
        {
            var (from, to) = Sentences.AroundWithNext(text, start, end);
            if (!PatientContext.HasPerson(text, from, to) || Years.MentionsDistantPast(text, from, to))
            {
                return;
            }
        }

        found.Add((start, end, confidence));
    }

    /// <summary>"his apartment on Tamsin Street": a street name without a house number, after a residence cue.</summary>
    private static void AddStreetName(string text, int cueEnd, List<(int, int, Confidence)> found)
    {
        var start = cueEnd + 1;
        if (start >= text.Length || text[cueEnd] != ' ')
        {
            return;
        }

        if (start + 4 < text.Length && text.AsSpan(start, 4).Equals("the ", StringComparison.Ordinal))
        {
            start += 4;
        }

        var end = AddressTail.ReadCapitalizedWords(text, start, 4);
        var lastWord = end > start ? text.AsSpan(start, end - start) : [];
        var space = lastWord.LastIndexOf(' ');
        if (space > 0 && GeographyWords.IsSuffix(lastWord[(space + 1)..], out _))
        {
            found.Add((start, end, Confidence.High));
        }
    }

    /// <summary>A line that is only "Name Surname, Place" or "Name S., Place": the signature under a testimonial.</summary>
    internal void FindSignatures(string text, List<(int, int, Confidence)> found)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            // A signature's place follows ", " or " | ": most short lines (headings, captions, list items) hold none.
            // A signature may also close the quote's own line ("Best care ever! — Maria G., Millbury"): then it
            // starts at the line's last dash.
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.Contains(", ", StringComparison.Ordinal) || line.Contains(" | ", StringComparison.Ordinal))
            {
                var dash = line.LastIndexOfAny('\u2014', '\u2013', '~');
                if (lineEnd - lineStart <= 80)
                {
                    FindSignature(text, lineStart, lineEnd, found);
                }

                if (dash > 0 && line[dash - 1] == ' ' && lineEnd - lineStart - dash <= 80)
                {
                    FindSignature(text, lineStart + dash, lineEnd, found);
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    private void FindSignature(string text, int lineStart, int lineEnd, List<(int, int, Confidence)> found)
    {
        var p = lineStart;
        while (p < lineEnd && (char.IsWhiteSpace(text[p]) || text[p] is '-' or '\u2013' or '\u2014' or '~' or '*' or '_' or '"' or '\u201D'))
        {
            p++;
        }

        var end = lineEnd;
        while (end > p && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '*' or '_' or '.'))
        {
            end--;
        }

        var names = 0;
        var namesStart = p;
        while (p < end && names < 3)
        {
            var wordEnd = TextSpans.WordEnd(text, p);
            var isInitial = wordEnd == p + 1 && char.IsUpper(text[p]) && wordEnd < end && text[wordEnd] == '.';
            if (names > 0 && wordEnd < end && text[wordEnd] == ' ' && Names.NameRun.IsParticle(text.AsSpan(p, wordEnd - p)))
            {
                p = wordEnd + 1; // "Pieter van Houten, Millbury": a name particle between the words of the name
                continue;
            }

            if (!isInitial && (!TextSpans.IsCapitalizedWord(text, p, wordEnd) || _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(p, wordEnd - p))))
            {
                return;
            }

            names++;
            p = isInitial ? wordEnd + 1 : wordEnd;
            if (p < end && text[p] == ',')
            {
                break;
            }

            // "Maria G. | Millbury": a bar between name and place, read as the comma.
            if (p + 3 < end && text[p] == ' ' && text[p + 1] == '|' && text[p + 2] == ' ')
            {
                p += 1;
                break;
            }

            if (p >= end || text[p] != ' ')
            {
                return;
            }

            p++;
        }

        if (names < 2 || p + 2 >= end || text[p] is not (',' or '|') || text[p + 1] != ' ')
        {
            return;
        }

        var start = p + 2;
        var placeEnd = PlacePhrase.Read(text, ref start, out var nameEnd);
        // "Ana Ruiz, Office Manager" under a team photo is a role, "Smith Family Dentistry, Springfield" a business.
        if (placeEnd == end && IsPlaceName(text, start, nameEnd) && !HasWordIn(text, start, placeEnd, _roles)
            && !HasWordIn(text, namesStart, p, _venues))
        {
            found.Add((start, placeEnd, Confidence.Medium));
        }
    }

    private static bool HasWordIn(string text, int start, int end, FrozenSet<string> words)
    {
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = Math.Min(TextSpans.WordEnd(text, i), end);
            if (lookup.Contains(text.AsSpan(i, wordEnd - i)))
            {
                return true;
            }

            i = Math.Max(wordEnd, i + 1);
        }

        return false;
    }

    /// <param name="home">
    /// After a residence or origin cue ("grew up in", "from"): nobody lives in or comes from a park, so a phrase ending
    /// in a neighbourhood word ("Alder Park") is a neighbourhood there, not a venue.
    /// </param>
    private bool IsPlaceName(string text, int start, int end, bool home = false)
    {
        var notPlaces = _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>();
        var firstEnd = TextSpans.WordEnd(text, start);
        var lastStart = text.LastIndexOf(' ', end - 1, end - start) + 1;
        var phrase = text.AsSpan(start, end - start);
        return !notPlaces.Contains(text.AsSpan(start, firstEnd - start))
            && !notPlaces.Contains(text.AsSpan(lastStart, end - lastStart))
            && (!IsVenue(text.AsSpan(lastStart, end - lastStart))
                || (home && lastStart > start && _neighbourhoods.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(lastStart, end - lastStart))))
            && !GeographyWords.IsLargeRegion(phrase)
            && !PlacePhrase.IsFollowedByInitial(text, end);
    }

    /// <summary>"Greta A. of South Landing", "Maria G. from Millbury": right after a name's initial.</summary>
    internal static bool IsAfterInitial(string text, int cueStart) =>
        cueStart >= 3 && text[cueStart - 1] == ' ' && text[cueStart - 2] == '.' && char.IsUpper(text[cueStart - 3])
        && (cueStart == 3 || !char.IsLetter(text[cueStart - 4]));

    /// <summary>"Maria, of Millbury, came to us": an apposition after a capitalized word (a name).</summary>
    internal static bool IsAfterNameAndComma(string text, int cueStart)
    {
        if (cueStart < 4 || text[cueStart - 1] != ' ' || text[cueStart - 2] != ',')
        {
            return false;
        }

        var wordEnd = cueStart - 2;
        var wordStart = wordEnd;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordEnd - wordStart >= 2 && char.IsUpper(text[wordStart]) && char.IsLower(text[wordStart + 1]);
    }

    /// <summary>
    /// "people in Denver" (a group, not one patient), "if you live in Springfield" (the reader): the word right
    /// before the cue is in <paramref name="words"/>.
    /// </summary>
    internal static bool IsAfterWord(string text, int cueStart, FrozenSet<string> words)
    {
        var wordEnd = cueStart - 1;
        if (wordEnd <= 0 || text[wordEnd] != ' ')
        {
            return false;
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '\u2019'))
        {
            wordStart--;
        }

        return words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, wordEnd - wordStart).ToString().Replace('\u2019', '\''));
    }
}
