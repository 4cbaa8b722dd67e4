namespace ContentLint.Core.Parsing;

/// <summary>
/// What one paragraph (lines up to a blank line) will cost Markdig's inline parsers, counted from its characters
/// alone: see <see cref="MarkdownNestingGuard"/> for why each count matters.
/// </summary>
internal sealed class ParagraphCost
{
    /// <summary>Whether each '(' still open was a link destination's ("](").</summary>
    private readonly Stack<bool> _parentheses = new();
    private long _openDestinations;
    private long _marks;
    private long _openBrackets;
    private long _length;
    private long _lines;
    private long _definitionLines;

    /// <summary>Work summed over the paragraphs ended so far.</summary>
    public struct Totals
    {
        public long Inline;
        public long Links;
        public long Definitions;
    }

    public long InlineWork => (_marks + _openBrackets) * (_marks + _openBrackets);

    public long LinkWork => _openDestinations * _length;

    public long DefinitionWork => _definitionLines * _lines;

    public void AddLine(ReadOnlySpan<char> text)
    {
        _lines++;
        _length += text.Length + 1;
        if (text.TrimStart(' ').StartsWith('['))
        {
            _definitionLines++;
        }

        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++; // an escaped character opens nothing
                    break;
                case '*' or '_' or '~' or '^' or '+' or '=':
                    i = EmphasisRun(text, i);
                    break;
                case '[':
                    _openBrackets++;
                    if (i + 1 < text.Length && text[i + 1] == '^')
                    {
                        _marks++;
                    }

                    break;
                case ']' when _openBrackets > 0:
                    _openBrackets--;
                    break;
                case '(':
                    var isDestination = i > 0 && text[i - 1] == ']';
                    _parentheses.Push(isDestination);
                    _openDestinations += isDestination ? 1 : 0;
                    break;
                case ')' when _parentheses.Count > 0:
                    _openDestinations -= _parentheses.Pop() ? 1 : 0;
                    break;
            }
        }
    }

    /// <summary>Adds the paragraph's work to <paramref name="totals"/> and starts a new paragraph.</summary>
    public void End(ref Totals totals)
    {
        totals.Inline += InlineWork;
        totals.Links += LinkWork;
        totals.Definitions += DefinitionWork;
        _parentheses.Clear();
        (_openDestinations, _marks, _openBrackets, _length, _lines, _definitionLines) = (0, 0, 0, 0, 0, 0);
    }

    /// <summary>
    /// Counts the run of '*', '_', or of the extra emphasis marks ('~' strike-through and subscript, '^' superscript,
    /// '+' inserted, '=' marked) at <paramref name="start"/> when it can open or close emphasis (touches a
    /// non-space; '_' not inside a word) and returns the index of its last character.
    /// </summary>
    private int EmphasisRun(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end + 1 < text.Length && text[end + 1] == text[start])
        {
            end++;
        }

        var before = start > 0 ? text[start - 1] : ' ';
        var after = end + 1 < text.Length ? text[end + 1] : ' ';
        var intraword = text[start] == '_' && char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
        var single = end == start && text[start] is '+' or '='; // "++" and "==" only, as in "C+" or "a=b" they are text
        if (!intraword && !single && !(char.IsWhiteSpace(before) && char.IsWhiteSpace(after)))
        {
            _marks++;
        }

        return end;
    }
}
