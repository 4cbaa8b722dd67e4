using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing.Code;

/// <summary>
/// Reads a script (or a range of one) token by token with an explicit stack of open brackets, templates and JSX
/// elements, never recursion, so any nesting costs memory in proportion to the input and never the call stack. Strings
/// become segments named by where they sit (see <see cref="ScriptSegmentExtractor"/>); object literals and component
/// tags with string values become records. Every step moves forward, so the reading is linear whatever the input.
/// </summary>
internal sealed partial class ScriptReader
{
    /// <summary>Brackets deeper than this are counted, not kept: no real module nests so deep, and junk may nest any depth.</summary>
    private const int MaxFrames = 1_000;

    private readonly string _text;
    private readonly int _end;
    private readonly bool _jsx;
    private readonly bool _typeScript;
    private readonly List<Segment> _segments;
    private readonly List<DataRecord> _records;
    private readonly List<ScriptFrame> _frames = [];
    private readonly JsxText _jsxRun = new();
    private int _pos;
    private int _overflow;
    private bool _done;
    private bool _newlineBefore;

    private ScriptToken _prev;
    private int _prevStart;
    private int _prevEnd;
    private int _chainStart = -1;
    private bool _prevIsIdentifier;

    // A name for the values of the statement at hand: `const quote = …`, `x.y = …`, `export default …`.
    private string? _assignName;
    private int _assignDepth = -1;
    private bool _declarationPending;
    private string? _declarationName;
    private int _declarationDepth = -1;

    // TypeScript types: `type A = …` up to its end, and the body of `interface A {…}` or `enum A {…}`, hold no content.
    private string? _typeKeyword;
    private int _typeAliasDepth = -1;
    private bool _skipNextBrace;

    private ScriptReader(string text, int start, int end, ScriptDialect dialect, List<Segment> segments, List<DataRecord> records, ScriptFrame root)
    {
        _text = text;
        _pos = start;
        _end = Math.Min(end, text.Length);
        _jsx = dialect != ScriptDialect.TypeScript;
        _typeScript = dialect != ScriptDialect.JavaScript;
        _segments = segments;
        _records = records;
        _frames.Add(root);
    }

    private ScriptFrame Top => _frames[^1];

    /// <summary>Reads [<paramref name="start"/>, <paramref name="end"/>) as a whole script.</summary>
    public static void ReadScript(string text, int start, int end, ScriptDialect dialect, List<Segment> segments, List<DataRecord> records) =>
        new ScriptReader(text, start, end, dialect, segments, records, new ScriptFrame(ScriptFrameKind.Root, start, null, ValueRole.Content)).Run();

    /// <summary>
    /// Reads the expression in [<paramref name="start"/>, <paramref name="end"/>) as the value of an attribute: its strings
    /// are named <paramref name="name"/> and have <paramref name="role"/>.
    /// </summary>
    public static void ReadExpression(string text, int start, int end, ScriptDialect dialect, string? name, ValueRole role, List<Segment> segments, List<DataRecord> records)
    {
        var root = new ScriptFrame(ScriptFrameKind.JsxAttributeExpression, start, name, role);
        new ScriptReader(text, start, end, dialect, segments, records, root) { _prev = ScriptToken.Operator }.Run();
    }

    /// <summary>
    /// Reads the braced expression whose <c>{</c> is at <paramref name="open"/> and returns the offset past its matching
    /// <c>}</c> (or <paramref name="end"/> when it has none). Its strings are named <paramref name="name"/> with <paramref name="role"/>.
    /// </summary>
    public static int ReadBraced(string text, int open, int end, ScriptDialect dialect, string? name, ValueRole role, List<Segment> segments, List<DataRecord> records)
    {
        var root = new ScriptFrame(name is null ? ScriptFrameKind.JsxChildExpression : ScriptFrameKind.JsxAttributeExpression, open, name, role) { EndsReading = true };
        return new ScriptReader(text, open + 1, end, dialect, segments, records, root) { _prev = ScriptToken.Operator }.Run();
    }

    private int Run()
    {
        var first = _records.Count;
        while (_pos < _end && !_done)
        {
            switch (Top.Kind)
            {
                case ScriptFrameKind.Template:
                    ReadTemplateText(Top);
                    break;
                case ScriptFrameKind.JsxTag:
                    ReadJsxTag(Top);
                    break;
                case ScriptFrameKind.JsxChildren:
                    ReadJsxChildren(Top);
                    break;
                default:
                    ReadCodeToken();
                    break;
            }
        }

        EndJsxRun();
        while (_frames.Count > 1 || (!_done && _frames.Count == 1 && _frames[0].Kind != ScriptFrameKind.Root))
        {
            // Left open at the end: an unterminated literal still made its record, up to where the text stops.
            PopFrame();
        }

        _records.Sort(first, _records.Count - first, Comparer<DataRecord>.Create(static (a, b) => a.Start.CompareTo(b.Start)));
        return _pos;
    }

    private void ReadCodeToken()
    {
        SkipTrivia();
        if (_pos >= _end)
        {
            return;
        }

        var typeKeyword = _typeKeyword;
        _typeKeyword = null;
        var start = _pos;
        var c = _text[_pos];
        if (c is '"' or '\'')
        {
            ReadString(start, c);
        }
        else if (c == '`')
        {
            OpenTemplate(start);
        }
        else if (ScriptSyntax.IsIdentifierStart(c))
        {
            _pos++;
            while (_pos < _end && ScriptSyntax.IsIdentifierPart(_text[_pos]))
            {
                _pos++;
            }

            OnIdentifier(start, typeKeyword);
        }
        else if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _end && char.IsAsciiDigit(_text[_pos + 1])))
        {
            ReadNumber();
            OnKeyOrValue(start, _pos);
        }
        else if (c == '/' && ExpressionStarts)
        {
            ReadRegex();
            SetPrev(ScriptToken.Value, start);
        }
        else if (c == '<' && _jsx && ExpressionStarts && IsJsxTagStart(_pos + 1) && _frames.Count < MaxFrames)
        {
            OpenJsxElement(start);
        }
        else
        {
            _pos += ScriptSyntax.OperatorLength(_text, _pos, _end);
            OnPunctuator(start);
        }
    }

    /// <summary>After the previous token an expression starts, so a <c>/</c> is a regex and a <c>&lt;</c> may be JSX.</summary>
    private bool ExpressionStarts => _prev is ScriptToken.None or ScriptToken.Operator or ScriptToken.Keyword or ScriptToken.BlockEnd;

    private void SetPrev(ScriptToken kind, int start)
    {
        _prev = kind;
        _prevStart = start;
        _prevEnd = _pos;
        _prevIsIdentifier = false;
    }

    private bool PrevIs(string token) => _text.AsSpan(_prevStart, _prevEnd - _prevStart).SequenceEqual(token);

    /// <summary>Skips white space and comments; comments holding a ContentLint directive become segments.</summary>
    private void SkipTrivia()
    {
        _newlineBefore = false;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (ScriptSyntax.IsLineBreak(c))
            {
                _newlineBefore = true;
                _pos++;
            }
            else if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _end && _text[_pos + 1] == '/')
            {
                var lineEnd = _text.AsSpan(_pos, _end - _pos).IndexOfAny('\r', '\n');
                var end = lineEnd < 0 ? _end : _pos + lineEnd;
                AddDirectiveComment(_pos + 2, end);
                _pos = end;
            }
            else if (c == '/' && _pos + 1 < _end && _text[_pos + 1] == '*')
            {
                var close = _text.AsSpan(_pos + 2, _end - _pos - 2).IndexOf("*/", StringComparison.Ordinal);
                var end = close < 0 ? _end : _pos + 2 + close;
                AddDirectiveComment(_pos + 2, end);
                _newlineBefore |= _text.AsSpan(_pos, end - _pos).ContainsAny('\n', '\r');
                _pos = close < 0 ? _end : end + 2;
            }
            else if (c == '#' && _pos + 1 < _end && _text[_pos + 1] == '!' && _prev == ScriptToken.None)
            {
                var lineEnd = _text.AsSpan(_pos, _end - _pos).IndexOfAny('\r', '\n');
                _pos = lineEnd < 0 ? _end : _pos + lineEnd;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// Code comments are not shipped to the page, so they are no content; a ContentLint directive in one is kept as a
    /// <see cref="RegionKind.Comment"/> segment, so suppressions work in code as in HTML comments.
    /// </summary>
    private void AddDirectiveComment(int start, int end)
    {
        if (end > start && _text.AsSpan(start, end - start).Contains("contentlint", StringComparison.OrdinalIgnoreCase))
        {
            _segments.Add(SegmentBuilder.Scratch.AppendVerbatim(_text, start, end - start).Build(RegionKind.Comment));
        }
    }

    private void ReadNumber()
    {
        var hex = _text[_pos] == '0' && _pos + 1 < _end && _text[_pos + 1] is 'x' or 'X';
        _pos++;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.'
                || (c is '+' or '-' && !hex && _text[_pos - 1] is 'e' or 'E'))
            {
                _pos++;
            }
            else
            {
                break;
            }
        }
    }

    private void ReadRegex()
    {
        var inClass = false;
        _pos++;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (ScriptSyntax.IsLineBreak(c))
            {
                break; // unterminated: a regex never spans lines
            }

            _pos += c == '\\' ? 2 : 1;
            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
            }
            else if (c == '/')
            {
                break;
            }
        }

        _pos = Math.Min(_pos, _end);
        while (_pos < _end && ScriptSyntax.IsIdentifierPart(_text[_pos]))
        {
            _pos++;
        }
    }
}
