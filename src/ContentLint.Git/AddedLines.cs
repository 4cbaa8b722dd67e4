namespace ContentLint.Git;

/// <summary>
/// The 1-based line numbers of a new file version that are not in the old one, by a Myers diff of their lines (what
/// <c>git diff</c> calls added lines). Computed here rather than through libgit2's patch API, which is unusable under
/// Native AOT. Memory is bounded: past <see cref="MaxEditDistance"/> edits the middle of the file counts as added,
/// which can only report more, never miss a changed line.
/// </summary>
public static class AddedLines
{
    /// <summary>Edits beyond which the diff gives up and treats every differing line as added.</summary>
    public const int MaxEditDistance = 1000;

    /// <summary>The added lines of <paramref name="newText"/> relative to <paramref name="oldText"/> (null: a new file).</summary>
    public static IReadOnlySet<int> Between(string? oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        var b = SplitLines(newText);
        var added = new HashSet<int>();
        if (oldText is null)
        {
            added.UnionWith(Enumerable.Range(1, b.Length));
            return added;
        }

        var a = SplitLines(oldText);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        var oldMiddle = a.AsSpan(prefix, a.Length - prefix - suffix);
        var newMiddle = b.AsSpan(prefix, b.Length - prefix - suffix);
        foreach (var index in AddedIndexes(oldMiddle, newMiddle))
        {
            added.Add(prefix + index + 1);
        }

        return added;
    }

    /// <summary>
    /// Lines as the scanner numbers them (<c>LineIndex</c>: CRLF, LF or a lone CR ends a line), each with its terminator,
    /// so that a changed line ending or a missing final newline counts as a change, as in git.
    /// </summary>
    private static string[] SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return [.. lines];
    }

    /// <summary>Indexes into <paramref name="b"/> of lines not matched in <paramref name="a"/> (Myers' greedy algorithm, then backtracking).</summary>
    private static List<int> AddedIndexes(ReadOnlySpan<string> a, ReadOnlySpan<string> b)
    {
        int n = a.Length, m = b.Length;
        var result = new List<int>();
        if (m == 0)
        {
            return result;
        }

        if (n == 0)
        {
            result.AddRange(Enumerable.Range(0, m));
            return result;
        }

        var max = Math.Min(n + m, MaxEditDistance);
        var offset = max + 1;
        var v = new int[(2 * max) + 3];
        var trace = new List<int[]>();
        for (var d = 0; d <= max; d++)
        {
            trace.Add((int[])v.Clone());
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    return Backtrack(trace, offset, n, m, result);
                }
            }
        }

        // Too many edits to track: every line of the new middle counts as added.
        result.AddRange(Enumerable.Range(0, m));
        return result;
    }

    private static List<int> Backtrack(List<int[]> trace, int offset, int x, int y, List<int> result)
    {
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var v = trace[d];
            var k = x - y;
            var previousK = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
            var previousX = v[offset + previousK];
            var previousY = previousX - previousK;
            while (x > previousX && y > previousY)
            {
                x--;
                y--;
            }

            if (previousK == k + 1)
            {
                result.Add(previousY); // moved down: an insertion of b[previousY]
            }

            x = previousX;
            y = previousY;
        }

        result.Reverse();
        return result;
    }
}
