using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>Context around a possible name: sentence position, cue words before and after, historical years.</summary>
internal sealed class NameCues(NameLexicon lexicon)
{
    /// <summary>How far back the sentence start and a historical year are looked for (bounded: linear overall).</summary>
    private const int YearWindow = 160;

    /// <summary>True when the word at <paramref name="index"/> starts a sentence, a heading or a line item.</summary>
    public static bool IsSentenceStart(string text, List<NameToken> tokens, int index)
    {
        var i = tokens[index].Start - 1;
        for (var steps = 0; i >= 0 && steps < 16; i--, steps++)
        {
            var c = text[i];
            if (c is '.' or '!' or '?' or ':' or ';' or '|' or '\u2014' or '\u2013')
            {
                // The dot of an initial or title ("Walter P.", "Mr.") does not end a sentence.
                return !(c == '.' && index > 0 && tokens[index - 1].End == i && (tokens[index - 1].IsInitial || tokens[index - 1].End - tokens[index - 1].Start <= 3));
            }

            if (c == '\n' && (i == 0 || text[i - 1] == '\n'))
            {
                return true;
            }

            if (!(char.IsWhiteSpace(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '*' or '_' or '#' or '>' or '-'))
            {
                return false;
            }
        }

        return i < 0;
    }

    /// <summary>
    /// A patient, relative or label word among the two words before the name ("his wife, Anaïs", "Patient: ..."),
    /// or a signature dash before it: <see cref="NameCue.Patient"/>, <see cref="NameCue.Signature"/> or <see cref="NameCue.None"/>.
    /// </summary>
    public NameCue CueBefore(string text, List<NameToken> tokens, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (tokens[index].Start - tokens[k].End > 24)
            {
                break;
            }

            var key = tokens[k].Key;
            if (lexicon.IsRelativeCue(key) || (lexicon.LabelCues.Contains(key) && IsLabel(text, tokens, k))
                || IsPluralRelativeOfPatient(text, tokens, k))
            {
                return NameCue.Patient;
            }

            if (tokens[k].IsCapitalized && k < index - 1)
            {
                break;
            }
        }

        return IsSignature(text, tokens[index].Start) ? NameCue.Signature : NameCue.None;
    }

    /// <summary>
    /// A label word in lower case ("long-time patient Frank"), or capitalized where a label stands: before a colon or
    /// at the start of a line or sentence ("Name: ...", "Dear Ama"). Inside a Title Case heading ("A Name Chosen by
    /// Its Members") it labels nothing.
    /// </summary>
    private static bool IsLabel(string text, List<NameToken> tokens, int k) =>
        !tokens[k].IsCapitalized || (k + 1 < tokens.Count && text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains(':'))
        || IsSentenceStart(text, tokens, k);

    /// <summary>
    /// A relative or patient word written in lower case right before the name ("my son, Kwame", "patient Li"): strong
    /// enough to make a capitalized word a name that no dictionary lists. Labels ("Dear", "Name") are not: they lead
    /// any capitalized phrase ("Dear Valued Customer").
    /// </summary>
    public bool HasRelativeWordBefore(string text, List<NameToken> tokens, int index)
    {
        for (var k = index - 1; k >= 0 && k >= index - 2; k--)
        {
            if (tokens[index].Start - tokens[k].End > 24 || tokens[k].IsCapitalized)
            {
                return false;
            }

            var key = tokens[k].Key;
            var relative = lexicon.IsRelativeCue(key) || IsPluralRelativeOfPatient(text, tokens, k);
            if (relative || key is "patient" or "client")
            {
                // "my son, Kwame," and "patient Li": only spaces between cue and name, or a comma after a relative
                // word ("patient, Secretary, and Admin" is a list of roles).
                var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Trim();
                return k == index - 1 && (gap.IsEmpty || (relative && gap is ","));
            }
        }

        return false;
    }

    /// <summary>How far either side of a plural relative word health or visit words are looked for (about a sentence).</summary>
    private const int PluralCueWindow = 160;

    /// <summary>
    /// "His parents, Yuki and Dan, brought cookies to every appointment": a plural relative word is a patient's family
    /// only where health or visit words stand near it; "she lives with her husband and their daughters, Pia and Ida"
    /// on a bio is a clinician's.
    /// </summary>
    private bool IsPluralRelativeOfPatient(string text, List<NameToken> tokens, int k)
    {
        if (tokens[k].IsCapitalized || !lexicon.PluralRelativeCues.Contains(tokens[k].Key))
        {
            return false;
        }

        var from = Math.Max(0, tokens[k].Start - PluralCueWindow);
        var to = Math.Min(text.Length, tokens[k].End + PluralCueWindow);
        return Context.HealthVocabulary.HasHealthContext(text, tokens[k].Start, tokens[k].End, PluralCueWindow) || HasVisit(text, from, to);
    }

    /// <summary>"— Sarah K." or "- Ravi K." at the start of a line: a testimonial signature.</summary>
    public static bool IsSignature(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i < 0 || text[i] is not ('\u2014' or '\u2013' or '-' or '~'))
        {
            return false;
        }

        i--;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        // At a line's start, or after the quote it signs on the same line ("Thanks for everything! — Ravi K."); a dash
        // inside a sentence ("the team - Ravi K. and Ana") is no signature, and SignatureEnds asks the line to end.
        return i < 0 || text[i] is '\n' or '.' or '!' or '?' or '"' or '\u201D';
    }

    /// <summary>"Ivo, age 93", "Greta, 91,": an age after the name (a patient cue); "Nkem says": a speaking verb.</summary>
    public NameCue CueAfter(string text, List<NameToken> tokens, int next, int nameEnd) =>
        HasAgeAfter(text, nameEnd) || (next < tokens.Count && tokens[next].Start - nameEnd <= 3 && tokens[next].Key is "age" or "aged")
            || VisitFollows(text, nameEnd)
            ? NameCue.Patient
            : HasCueAfter(text, tokens, next, nameEnd) ? NameCue.Speech : NameCue.None;

    /// <summary>
    /// "Tobias came in for his first check-up", "Ilse, who completed our balance class": a visit to the practice, or a
    /// course of its care, right after the name.
    /// </summary>
    private bool VisitFollows(string text, int nameEnd)
    {
        var rest = text.AsSpan(nameEnd, Math.Min(60, text.Length - nameEnd)).TrimStart(' '); // bounded: linear overall
        if (rest.StartsWith(", who ", StringComparison.Ordinal) || rest.StartsWith("who ", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf("who ", StringComparison.Ordinal) + 4)..];
            return CompletesCare(rest); // not "who came to us": a colleague's bio says that of the clinician too
        }

        return StartsWithPhrase(rest, lexicon.VisitPhrases);
    }

    /// <summary>"completed all twelve weeks of our ...", "finished our course": a care verb, then "our" within a few words.</summary>
    private bool CompletesCare(ReadOnlySpan<char> rest)
    {
        var space = rest.IndexOf(' ');
        if (space <= 0 || !lexicon.CareCompletionVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(rest[..space]))
        {
            return false;
        }

        var after = rest[(space + 1)..];
        var words = 0;
        while (words < 6 && after.Length > 0)
        {
            var next = after.IndexOf(' ');
            var word = next < 0 ? after : after[..next];
            if (word.Equals("our", StringComparison.OrdinalIgnoreCase))
            {
                var course = next < 0 ? [] : after[(next + 1)..];
                return !lexicon.CareCompletionStops.ContainsAny(course[..Math.Min(course.Length, 40)]);
            }

            words++;
            after = next < 0 ? [] : after[(next + 1)..];
        }

        return false;
    }

    /// <summary>Whether a visit phrase stands anywhere in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public bool HasVisit(string text, int from, int to) => lexicon.VisitPhraseSearch.ContainsAny(text.AsSpan(from, to - from));

    private static bool StartsWithPhrase(ReadOnlySpan<char> text, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && (text.Length == phrase.Length || !char.IsLetter(text[phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>", 91": one to three digits after a comma; four are a year ("Neff, 2011" is a citation).</summary>
    private static bool HasAgeAfter(string text, int nameEnd)
    {
        if (nameEnd + 2 >= text.Length || text[nameEnd] != ',')
        {
            return false;
        }

        var rest = text.AsSpan(nameEnd + 1, Math.Min(8, text.Length - nameEnd - 1)).TrimStart(' '); // bounded: linear overall
        var digits = rest.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : rest.Length;
        return digits is >= 1 and <= 3;
    }

    /// <summary>"Nkem says", "Ivo, age 93", "Greta, 91,": a cue right after the name.</summary>
    public bool HasCueAfter(string text, List<NameToken> tokens, int next, int nameEnd)
    {
        var i = nameEnd;
        if (i < text.Length && text[i] == ',')
        {
            i++;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                return true;
            }
        }

        return next < tokens.Count && tokens[next].Start - nameEnd <= 3 && lexicon.SpeechVerbs.Contains(tokens[next].Key);
    }

    /// <summary>The lower-case word right before the name is a place preposition ("from Cobb Ferry", "in Georgia").</summary>
    public bool FollowsPlacePreposition(List<NameToken> tokens, int index) =>
        index > 0 && !tokens[index - 1].IsCapitalized && lexicon.PlacePrepositions.Contains(tokens[index - 1].Key);

    /// <summary>The word after the name makes it an eponym ("Hawkins test", "Kennedy classification").</summary>
    public bool IsEponym(List<NameToken> tokens, int next) =>
        next < tokens.Count && lexicon.EponymNouns.Contains(tokens[next].Key);

    /// <summary>A year before 1930 in the same sentence: a historical figure, not a patient.</summary>
    public static bool HasHistoricalYear(string text, int start, int end)
    {
        var from = SentenceBound(text, start, -1);
        var to = SentenceBound(text, end, 1);
        for (var i = from; i + 4 <= to; i++)
        {
            // A year parses only from four ASCII digits (NumberStyles.None: no sign, no space, no other digits), so
            // the checks below run only where one starts: most sentences have no digit, and then one vectorized
            // search ends the loop.
            var digit = text.AsSpan(i, to - i).IndexOfAnyInRange('0', '9');
            if (digit < 0)
            {
                break;
            }

            i += digit;
            if (i + 4 > to)
            {
                break;
            }

            if ((i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] is not '/' and not '-')
                && (i + 4 == text.Length || !char.IsLetterOrDigit(text[i + 4]) || text[i + 4] == 's')
                && ((i + 4 < text.Length && text[i + 4] == 's') || FollowsYearWord(text, i))
                && int.TryParse(text.AsSpan(i, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
                && year is >= 1000 and < 1930)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in 1845", "since 1776": a number after such a word is a year, not a house or bib number.</summary>
    private static bool FollowsYearWord(string text, int yearStart)
    {
        var end = yearStart - 1;
        if (end < 1 || text[end] != ' ')
        {
            return false;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]) && end - start < 6)
        {
            start--;
        }

        return text.AsSpan(start, end - start) is var word
            && (word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("since", StringComparison.OrdinalIgnoreCase)
                || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
                || word.Equals("circa", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase));
    }

    private static int SentenceBound(string text, int from, int step)
    {
        var i = from;
        for (var n = 0; n < YearWindow; n++, i += step)
        {
            if (i <= 0 || i >= text.Length)
            {
                return Math.Clamp(i, 0, text.Length);
            }

            if (text[i] is '!' or '?' || (text[i] == '.' && i + 1 < text.Length && text[i + 1] == ' ' && (i < 2 || text[i - 2] != ' ')))
            {
                return step < 0 ? i + 1 : i;
            }
        }

        return Math.Clamp(i, 0, text.Length);
    }

    public static Confidence Rank(bool cue, Confidence otherwise) => cue ? Confidence.High : otherwise;
}
