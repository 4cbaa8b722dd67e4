using System.Buffers;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Where a cue must end for <see cref="PlaceNameFinder"/> to read a place after it: at a space or line break before a
/// word that starts with a capital letter, or before "the " and such a word ("in the Heron Creek league"). A place
/// name and a street name start with a capital, so a cue anywhere else leads to nothing. Capitals are much rarer
/// than the words the cues start with ("in", "of", "from"), so they are found first.
/// </summary>
internal static class PlaceCueEnds
{
    /// <summary>All ASCII characters but A-Z: the first character not among them is a capital or not ASCII.</summary>
    private static readonly SearchValues<char> AsciiNotCapital =
        SearchValues.Create([.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z'))]);

    /// <summary>Replaces the contents of <paramref name="ends"/> with those positions of <paramref name="text"/>, ascending.</summary>
    public static void Find(string text, List<int> ends)
    {
        ends.Clear();
        var pos = 1; // a capital at 0 has no cue before it
        while (pos < text.Length)
        {
            var next = text.AsSpan(pos).IndexOfAnyExcept(AsciiNotCapital);
            if (next < 0)
            {
                return;
            }

            var capital = pos + next;
            pos = capital + 1;
            if (text[capital] >= 128 && !char.IsUpper(text[capital]))
            {
                continue;
            }

            // Ascending: "the " holds no capital, so an earlier capital stands before capital - 5.
            if (capital >= 5 && text[capital - 5] is ' ' or '\n' && text.AsSpan(capital - 4, 4).SequenceEqual("the "))
            {
                ends.Add(capital - 5);
            }

            if (text[capital - 1] is ' ' or '\n')
            {
                ends.Add(capital - 1);
            }
        }
    }
}
