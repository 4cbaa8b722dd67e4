using System.Buffers;
using System.Globalization;
using System.Text;

namespace ContentLint.Core.Model;

/// <summary>
/// Makes a segment's text the text detectors match: characters that render as nothing are dropped, space variants
/// become a space and hyphen variants a hyphen, so a value written with them (<c>555-1&amp;shy;2-3456</c>,
/// <c>207&amp;thinsp;555&amp;thinsp;0199</c>) is found like the plain value. The segment's runs are cut around dropped
/// characters, so every character left still maps to its own source offset. See <c>docs/text-normalization.md</c>.
/// </summary>
internal static class MatchingText
{
    private const int Dropped = -1;

    /// <summary>No character below the no-break space changes: ASCII and C1 controls are left to the detectors.</summary>
    private const char LowestCandidate = '\u00A0';

    /// <summary>Dashes that look like a hyphen wherever they stand.</summary>
    private const string HyphenVariants = "\u2010\u2011\u2012\u2212\uFE63\uFF0D";

    /// <summary>En dash, em dash, horizontal bar: punctuation in prose (detectors read them so), a separator between digits.</summary>
    private const string LongDashes = "\u2013\u2014\u2015";

    /// <summary>
    /// Every character that may change. Surrogates are all in: a supplementary format character (the tag characters
    /// U+E0001, U+E0020–U+E007F) is a pair, and a pair is only known from both halves.
    /// </summary>
    private static readonly SearchValues<char> Candidates = SearchValues.Create(CandidateCharacters());

    /// <summary>The index of the first character that normalizing changes, or -1 when the text is already normalized.</summary>
    public static int FirstChange(string text)
    {
        // Most text is ASCII up to its end, and skipping ASCII is many times faster than looking for the candidates.
        var span = text.AsSpan();
        var i = span.IndexOfAnyInRange(LowestCandidate, char.MaxValue);
        if (i >= 0)
        {
            var next = span[i..].IndexOfAny(Candidates);
            i = next < 0 ? -1 : i + next;
        }

        while (i >= 0)
        {
            if (MatchingChar(text, i) != text[i])
            {
                return i;
            }

            var next = span[(i + 1)..].IndexOfAny(Candidates);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return -1;
    }

    /// <summary>
    /// <paramref name="text"/> normalized the same way, for a value compared with matched text (an allow-list entry
    /// copied from the page with a non-breaking hyphen in it still names the value it was copied from).
    /// </summary>
    public static string Normalize(string text) =>
        FirstChange(text) < 0 ? text : Normalize(text, [new SourceMap.Run(0, text.Length, 0, text.Length, Verbatim: true)]).Text;

    /// <summary>The normalized text and runs mapping it to the same source offsets as <paramref name="runs"/> mapped <paramref name="text"/>.</summary>
    public static (string Text, SourceMap.Run[] Runs) Normalize(string text, ReadOnlySpan<SourceMap.Run> runs)
    {
        var chars = new char[text.Length];
        var written = 0;
        var normalized = new List<SourceMap.Run>(runs.Length + 2);
        foreach (var run in runs)
        {
            // A run becomes pieces between dropped characters: a verbatim piece keeps the offset of its first
            // character, a decoded piece keeps the whole source range as its run did. Stretches without a candidate
            // are copied whole.
            var end = run.TextStart + run.TextLength;
            int pieceStart = -1, pieceOutput = 0;
            for (var i = run.TextStart; i < end;)
            {
                var next = text.AsSpan(i, end - i).IndexOfAny(Candidates);
                var stop = next < 0 ? end : i + next;
                var c = stop < end ? MatchingChar(text, stop) : Dropped; // the run's end closes its last piece
                if (pieceStart < 0 && (stop > i || c != Dropped))
                {
                    (pieceStart, pieceOutput) = (i, written);
                }

                text.AsSpan(i, stop - i).CopyTo(chars.AsSpan(written));
                written += stop - i;
                if (c != Dropped)
                {
                    chars[written++] = (char)c;
                }
                else if (pieceStart >= 0)
                {
                    var length = written - pieceOutput;
                    normalized.Add(run.Verbatim
                        ? new SourceMap.Run(pieceOutput, length, run.SourceStart + (pieceStart - run.TextStart), length, Verbatim: true)
                        : run with { TextStart = pieceOutput, TextLength = length });
                    pieceStart = -1;
                }

                i = stop + 1;
            }
        }

        if (normalized.Count == 0 && runs.Length > 0)
        {
            // Nothing but invisible characters: an empty segment that still knows where it stands.
            normalized.Add(new SourceMap.Run(0, 0, runs[0].SourceStart, 0, Verbatim: true));
        }

        return (new string(chars, 0, written), [.. normalized]);
    }

    /// <summary>What the matching text holds for <paramref name="text"/>[<paramref name="i"/>]: a character, or <see cref="Dropped"/>.</summary>
    private static int MatchingChar(string text, int i)
    {
        var c = text[i];
        if (!Candidates.Contains(c))
        {
            return c;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.SpaceSeparator => ' ',
            UnicodeCategory.Format or UnicodeCategory.Surrogate => IsInvisible(text, i) ? Dropped : c,
            _ when LongDashes.Contains(c, StringComparison.Ordinal) => BetweenDigits(text, i) ? '-' : c,
            _ => '-', // the other candidates are the hyphen variants
        };
    }

    /// <summary>True when the nearest characters left and right of <paramref name="i"/>, invisible ones skipped, are ASCII digits.</summary>
    private static bool BetweenDigits(string text, int i)
    {
        var before = i - 1;
        while (before >= 0 && IsInvisible(text, before))
        {
            before--;
        }

        var after = i + 1;
        while (after < text.Length && IsInvisible(text, after))
        {
            after++;
        }

        return before >= 0 && after < text.Length && char.IsAsciiDigit(text[before]) && char.IsAsciiDigit(text[after]);
    }

    /// <summary>
    /// True for a format character (Unicode category Cf: zero-width space, joiners, word joiner, BOM, soft hyphen,
    /// direction marks, tag characters), which renders as nothing, or for either half of one written as a pair.
    /// </summary>
    private static bool IsInvisible(string text, int i)
    {
        var c = text[i];
        if (!char.IsSurrogate(c))
        {
            return IsFormat(c);
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            return IsFormat(char.ConvertToUtf32(c, text[i + 1]));
        }

        return char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) && IsFormat(char.ConvertToUtf32(text[i - 1], c));
    }

    private static bool IsFormat(int codePoint) =>
        Rune.GetUnicodeCategory(new Rune(codePoint)) == UnicodeCategory.Format && !IsPrependedConcatenationMark(codePoint);

    /// <summary>
    /// The format characters that do render: signs written before a number that span its digits (Arabic number sign,
    /// Syriac abbreviation mark, Kaithi number sign). Dropping them would hide something a reader sees.
    /// </summary>
    private static bool IsPrependedConcatenationMark(int codePoint) =>
        codePoint is (>= 0x0600 and <= 0x0605) or 0x06DD or 0x070F or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD;

    private static string CandidateCharacters()
    {
        var candidates = new StringBuilder(HyphenVariants).Append(LongDashes);
        for (var c = LowestCandidate; c < char.MaxValue; c++)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.SpaceSeparator or UnicodeCategory.Format or UnicodeCategory.Surrogate)
            {
                candidates.Append(c);
            }
        }

        return candidates.ToString();
    }
}
