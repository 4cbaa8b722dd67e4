namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// The parts that may follow a street line: a unit ("Apt 4B", "Suite 200", "#12"), then a city with its state and
/// ZIP ("Springfield, IL 62701"), or a state and ZIP alone. Each step reads a bounded number of words.
/// </summary>
internal static class AddressTail
{
    private static readonly string[] UnitWords =
        ["apt", "apartment", "unit", "suite", "ste", "room", "rm", "floor", "fl", "bldg", "building", "lot", "space", "trlr"];

    /// <summary>Where the address that ends at <paramref name="end"/> really ends, with its unit, city, state and ZIP.</summary>
    public static int Extend(string text, int end, out bool hasTail)
    {
        hasTail = false;
        var afterUnit = ReadUnit(text, end);
        if (afterUnit > end)
        {
            hasTail = true;
            end = afterUnit;
        }

        var afterPlace = ReadCityStateZip(text, end);
        if (afterPlace > end)
        {
            hasTail = true;
            end = afterPlace;
        }

        return end;
    }

    /// <summary>", Unit B", " Apt. 4", " #12" after <paramref name="end"/>; returns <paramref name="end"/> when there is none.</summary>
    private static int ReadUnit(string text, int end)
    {
        var p = SkipSeparator(text, end, allowComma: true);
        if (p >= text.Length)
        {
            return end;
        }

        if (text[p] == '#')
        {
            var idEnd = ReadId(text, p + 1);
            return idEnd > p + 1 ? idEnd : end;
        }

        var wordEnd = TextSpans.WordEnd(text, p);
        var word = text[p..wordEnd];
        if (!UnitWords.Any(u => word.Equals(u, StringComparison.OrdinalIgnoreCase)))
        {
            return end;
        }

        var q = wordEnd < text.Length && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        if (q >= text.Length || text[q] != ' ')
        {
            return end;
        }

        q++;
        if (q < text.Length && text[q] == '#')
        {
            q++;
        }

        var id = ReadId(text, q);
        return id > q ? id : end;
    }

    /// <summary>", City, ST 12345", ", ST 12345", " ST 12345" or ", City, State" after <paramref name="end"/>.</summary>
    private static int ReadCityStateZip(string text, int end)
    {
        var p = SkipSeparator(text, end, allowComma: true);
        var state = StateAt(text, p);
        if (state < 0)
        {
            var cityEnd = ReadCapitalizedWords(text, p, 3);
            if (cityEnd <= p || cityEnd >= text.Length || text[cityEnd] != ',')
            {
                return end;
            }

            state = StateAt(text, SkipSeparator(text, cityEnd, allowComma: true));
            if (state < 0)
            {
                return end;
            }
        }

        var zipStart = SkipSeparator(text, state, allowComma: false);
        var zipEnd = ZipCode.EndAt(text, zipStart);
        return zipEnd > 0 ? zipEnd : state;
    }

    /// <summary>The end of a state code or state name starting at <paramref name="p"/>, or -1.</summary>
    public static int StateAt(string text, int p)
    {
        if (p >= text.Length || !char.IsUpper(text[p]))
        {
            return -1;
        }

        var wordEnd = TextSpans.WordEnd(text, p);
        if (GeographyWords.IsStateCode(text.AsSpan(p, wordEnd - p)))
        {
            return wordEnd;
        }

        var phraseEnd = wordEnd;
        for (var words = 0; words < 3; words++)
        {
            if (GeographyWords.IsStateName(text.AsSpan(p, phraseEnd - p)))
            {
                return phraseEnd;
            }

            if (phraseEnd + 1 >= text.Length || text[phraseEnd] != ' ' || !char.IsLetter(text[phraseEnd + 1]))
            {
                break;
            }

            phraseEnd = TextSpans.WordEnd(text, phraseEnd + 1);
        }

        return -1;
    }

    /// <summary>The end of up to <paramref name="max"/> capitalized words separated by single spaces, or <paramref name="p"/>.</summary>
    public static int ReadCapitalizedWords(string text, int p, int max)
    {
        var end = p;
        for (var words = 0; words < max && p < text.Length; words++)
        {
            var wordEnd = TextSpans.WordEnd(text, p);
            if (!TextSpans.IsCapitalizedWord(text, p, wordEnd))
            {
                break;
            }

            end = wordEnd;
            if (wordEnd + 1 >= text.Length || text[wordEnd] != ' ')
            {
                break;
            }

            p = wordEnd + 1;
        }

        return end;
    }

    private static int SkipSeparator(string text, int p, bool allowComma)
    {
        if (allowComma && p < text.Length && text[p] == ',')
        {
            p++;
        }

        var spaces = 0;
        while (p < text.Length && text[p] is ' ' or '\n' && spaces < 2)
        {
            p++;
            spaces++;
        }

        return p;
    }

    private static int ReadId(string text, int p)
    {
        var q = p;
        while (q < text.Length && q - p < 8 && (char.IsAsciiLetterOrDigit(text[q]) || (text[q] == '-' && q > p)))
        {
            q++;
        }

        // "Unit B" and "Suite 200" are units; "Suite for" is a word, not an identifier.
        var id = text.AsSpan(p, q - p);
        return id.Length > 0 && (id.ContainsAnyInRange('0', '9') || id.Length <= 2) && (q >= text.Length || !char.IsLetter(text[q])) ? q : p;
    }
}
