namespace ContentLint.Core.Detection.Geography;

/// <summary>Reads a capitalized place name ("Maple Grove", "Miner's Gulch") after a cue, and the state that may follow it.</summary>
internal static class PlacePhrase
{
    private const int MaxWords = 3;

    /// <summary>
    /// The end of a place name starting at <paramref name="p"/> (after an optional "the"), with a following
    /// ", ST", ", State" or ", ST 12345"; -1 when no capitalized phrase starts there.
    /// </summary>
    public static int Read(string text, ref int p, out int nameEnd)
    {
        nameEnd = -1;
        if (p + 4 < text.Length && text.AsSpan(p, 4).Equals("the ", StringComparison.Ordinal))
        {
            p += 4;
        }

        var end = AddressTail.ReadCapitalizedWords(text, p, MaxWords);
        if (end <= p)
        {
            return -1;
        }

        nameEnd = end;
        if (end + 2 < text.Length && text[end] == ',' && text[end + 1] == ' ' && AddressTail.StateAt(text, end + 2) is > 0 and var stateEnd)
        {
            var zipEnd = stateEnd + 1 < text.Length && text[stateEnd] == ' ' ? ZipCode.EndAt(text, stateEnd + 1) : -1;
            return zipEnd > 0 ? zipEnd : stateEnd;
        }

        return end;
    }

    /// <summary>"Wren A." or "Sarah K.": a capitalized word followed by an initial is a name, not a place.</summary>
    public static bool IsFollowedByInitial(string text, int end) =>
        end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && text[end + 2] == '.';

    /// <summary>"Granite Ridge, Quillon Flats and Heron Creek": a list of places is a service area, not where one person lives.</summary>
    public static bool StartsList(string text, int end)
    {
        var p = end;
        if (p < text.Length && text[p] == ',')
        {
            p++;
        }
        else if (p + 5 <= text.Length && text.AsSpan(p, 5).Equals(" and ", StringComparison.Ordinal))
        {
            p += 4;
        }
        else if (p + 4 <= text.Length && text.AsSpan(p, 4).Equals(" or ", StringComparison.Ordinal))
        {
            p += 3;
        }
        else
        {
            return false;
        }

        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p < text.Length && char.IsUpper(text[p]) && AddressTail.StateAt(text, p) < 0;
    }
}
