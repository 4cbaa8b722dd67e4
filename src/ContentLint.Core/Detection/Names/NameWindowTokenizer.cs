using System.Buffers;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// The detector's tokens of a segment: only the words <see cref="NameSpanFinder"/> and the detector can look at, in
/// text order. Those are the capitalized words (initials included), the two words before each and the word after
/// each: the finder reads a lower-case word only as a neighbour of a capitalized one (cues and "and"/"or" one or two
/// words before, speech verbs and eponym nouns right after), and those neighbours are kept with their true neighbours
/// on both sides, so every index step the finder takes from a capitalized token lands on the same word as in the
/// full token list. Most words of a page are lower-case and far from a capital: they become no token, and the walk
/// jumps over them with a vectorized search instead of visiting them one by one.
/// </summary>
internal static class NameWindowTokenizer
{
    /// <summary>
    /// Replaces the contents of <paramref name="tokens"/> with the window tokens of <paramref name="text"/>: the same
    /// tokens (keys folded for capitalized words only) as <see cref="NameTokenizer.Tokenize(string, List{NameToken}, NameKeyCache?)"/>
    /// makes, less those that are neither capitalized, nor one of the two before a capitalized token, nor the one after.
    /// </summary>
    public static void Tokenize(string text, List<NameToken> tokens, NameKeyCache keys)
    {
        tokens.Clear();
        var position = 0; // always a position where the full walk (NextWord from 0) is between words
        var walkThrough = -1; // words are walked one by one until the walk has passed this index
        var keepNext = false; // the last word walked was capitalized: the word after it is kept
        var pending = new PendingWords(); // the last two words walked and not kept
        while (true)
        {
            if (!keepNext && position > walkThrough)
            {
                // A capitalized word starts with A-Z or a non-ASCII letter, never with another ASCII character.
                var offset = text.AsSpan(position).IndexOfAnyExcept(NameTokenizer.AsciiNotUpper);
                if (offset < 0)
                {
                    break; // no capitalized word follows, so no further word is kept
                }

                var possibleUpper = position + offset;
                var restart = RestartBefore(text, position, possibleUpper);
                if (restart > position)
                {
                    pending = default; // the words between restart and possibleUpper will push them out anyway
                    position = restart;
                }

                walkThrough = possibleUpper;
            }

            if (!NameTokenizer.NextWord(text, ref position, out var start, out var end, out var possessive))
            {
                break;
            }

            NameTokenizer.Classify(text, start, end, out var capitalized, out var initial);
            if (capitalized)
            {
                pending.AddTo(tokens);
                pending = default;
                tokens.Add(new NameToken(start, end, keys.Fold(text.AsSpan(start, end - start)), capitalized, initial, possessive));
                keepNext = true;
            }
            else if (keepNext)
            {
                tokens.Add(new NameToken(start, end, NameTokenizer.NotFolded, capitalized, initial, possessive));
                keepNext = false;
            }
            else
            {
                pending.Push(start, end, possessive); // not capitalized, so not an initial either
            }
        }
    }

    /// <summary>
    /// A position in [<paramref name="from"/>, <paramref name="possibleUpper"/>] where the full walk is between words
    /// and from which at least two whole words come before the word at <paramref name="possibleUpper"/> (or
    /// <paramref name="from"/> itself when there are fewer). The characters from <paramref name="from"/> up to
    /// <paramref name="possibleUpper"/> are ASCII without A-Z, so words there are runs of a-z, '-' and '\''.
    /// </summary>
    private static int RestartBefore(string text, int from, int possibleUpper)
    {
        var k = possibleUpper - 1;

        // The word at possibleUpper may have begun in the run of word characters just before it.
        while (k >= from && !IsSeparator(text[k]))
        {
            k--;
        }

        var words = 0;
        while (words < 2)
        {
            while (k >= from && IsSeparator(text[k]))
            {
                k--;
            }

            if (k < from)
            {
                return from;
            }

            var runEnd = k;
            var hasLetter = false;
            while (k >= from && !IsSeparator(text[k]))
            {
                hasLetter |= char.IsAsciiLetterLower(text[k]);
                k--;
            }

            // A run of word characters with a letter holds at least one word, and one the walk keeps if the run is
            // no longer than a word may be; runs that may hold only an overlong word are not counted.
            if (hasLetter && runEnd - k <= NameTokenizer.MaxWordLength)
            {
                words++;
            }
        }

        // text[k] is a separator (no word goes through it), or k + 1 is from.
        return k + 1;
    }

    /// <summary>An ASCII character that no word contains: anything but a letter and the joiners '-' and '\''.</summary>
    private static bool IsSeparator(char c) => !(char.IsAsciiLetter(c) || c is '-' or '\'');

    /// <summary>
    /// The last two words walked and not kept (lower-case words, so neither capitalized nor initials, and unfolded):
    /// added before a capitalized word, dropped otherwise. Positions only: a token's key reference would cost a write
    /// barrier on every word.
    /// </summary>
    private struct PendingWords
    {
        private int _olderStart;
        private int _olderEnd;
        private bool _olderPossessive;
        private int _newerStart;
        private int _newerEnd;
        private bool _newerPossessive;
        private int _count;

        public void Push(int start, int end, bool possessive)
        {
            (_olderStart, _olderEnd, _olderPossessive) = (_newerStart, _newerEnd, _newerPossessive);
            (_newerStart, _newerEnd, _newerPossessive) = (start, end, possessive);
            _count = Math.Min(_count + 1, 2);
        }

        public readonly void AddTo(List<NameToken> tokens)
        {
            if (_count == 2)
            {
                tokens.Add(new NameToken(_olderStart, _olderEnd, NameTokenizer.NotFolded, false, false, _olderPossessive));
            }

            if (_count >= 1)
            {
                tokens.Add(new NameToken(_newerStart, _newerEnd, NameTokenizer.NotFolded, false, false, _newerPossessive));
            }
        }
    }
}
