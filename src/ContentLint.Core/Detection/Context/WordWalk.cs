namespace ContentLint.Core.Detection.Context;

/// <summary>
/// The words of a window (<see cref="HealthWordForms.Words"/>), one at a time, without a list: a copy walks on
/// independently, so a caller can look at the words that follow the current one.
/// </summary>
internal ref struct WordWalk
{
    private readonly string _text;
    private readonly int _to;
    private int _next;

    public WordWalk(string text, int from, int to)
    {
        _text = text;
        _to = to;
        var i = from;
        // A word cut by the window's left edge is not a word of the window.
        while (i < to && i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        _next = i;
    }

    /// <summary>The word found by the last <see cref="MoveNext"/>.</summary>
    public (int Start, int Length) Current { get; private set; }

    /// <summary>The text of <see cref="Current"/>.</summary>
    public readonly ReadOnlySpan<char> Word => _text.AsSpan(Current.Start, Current.Length);

    public readonly WordWalk GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var i = _next;
        while (i < _to && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        if (i >= _to)
        {
            _next = i;
            return false;
        }

        var start = i;
        while (i < _to && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < _to && char.IsLetterOrDigit(text[i + 1]))))
        {
            i++;
        }

        _next = i;
        Current = (start, i - start);
        return true;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';
}
