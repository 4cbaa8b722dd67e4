using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Produces, for the plain front matter almost every page has, exactly the events YamlDotNet's own
/// <see cref="Parser"/> would (same values, styles, flags and marks), without its general scanner: block mappings
/// with simple keys, one-line plain and quoted scalars without escapes, one-line flow sequences of such scalars,
/// block sequences of such scalars, comments and blank lines. Anything outside that subset, or anything that would be
/// an error, returns null so that the caller hands the text to YamlDotNet as before; only certain input is taken here.
/// </summary>
internal sealed partial class SimpleFrontMatterParser
{
    /// <summary>Far below YamlDotNet's 1024-character limit for a simple key, so a long key never differs here.</summary>
    private const int MaxKeyLength = 128;

    /// <summary>
    /// The directives YamlDotNet's parser gives every implicit document. One shared collection, because building one
    /// (a keyed collection with its dictionary) cost a third of this parser's time, and its only reader, YamlStream,
    /// neither reads nor changes a document's directives.
    /// </summary>
    private static readonly TagDirectiveCollection DefaultTagDirectives = new([new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")]);

    private readonly string _text;
    private readonly int _start;
    // A typical page header has 20 to 40 events; starting there saves the list regrowing several times.
    private readonly List<ParsingEvent> _events = new(32);
    private readonly List<(bool IsSequence, int Indent)> _open = new(4);
    private int _line = 1;
    private int _lineStart;
    private bool _valuePending;
    private int _pendingIndent;
    private Mark _pendingMark;

    private SimpleFrontMatterParser(string text, int start)
    {
        _text = text;
        _start = start;
        _lineStart = start;
    }

    /// <summary>The events of <paramref name="text"/>[start, end), or null when that text is not certainly inside the subset.</summary>
    public static List<ParsingEvent>? TryParse(string text, int start, int end)
    {
        var parser = new SimpleFrontMatterParser(text, start);
        return parser.ParseBody(end) ? parser._events : null;
    }

    private bool ParseBody(int end)
    {
        var origin = new Mark(0, 1, 1);
        _events.Add(new StreamStart(in origin, in origin));
        var position = _start;
        var lastLineStart = end;
        while (position < end)
        {
            _lineStart = position;
            var breakAt = _text.AsSpan(position, end - position).IndexOfAny('\r', '\n');
            var lineEnd = breakAt < 0 ? end : position + breakAt;
            if (breakAt < 0)
            {
                lastLineStart = position;
            }

            var next = lineEnd;
            if (lineEnd < end)
            {
                // A lone CR is a line break of its own to YAML; only LF and CRLF are taken here.
                next = _text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd + 1 < end && _text[lineEnd + 1] == '\n' ? lineEnd + 2 : -1;
                if (next < 0)
                {
                    return false;
                }
            }

            if (!OnlyPrintable(_text.AsSpan(position, lineEnd - position)))
            {
                return false;
            }

            var content = position;
            while (content < lineEnd && _text[content] == ' ')
            {
                content++;
            }

            if (content < lineEnd && _text[content] != '#' && !ContentLine(content, lineEnd, content - position))
            {
                return false;
            }

            _line++;
            position = next;
        }

        // YamlDotNet ends the stream on a fresh line: one past the last line when that line is not empty. Before
        // that it closes the collections indented deeper than where an unterminated last line (blanks or a
        // comment) ends, at that place on that line.
        _lineStart = end;
        var endMark = MarkAt(end);
        var column = end - lastLineStart;
        var lastLineMark = column > 0 ? new Mark(end - _start, _line - 1, column + 1) : endMark;
        if (_open.Count > 0)
        {
            CloseAll(column, lastLineMark, endMark);
        }

        _events.Add(new StreamEnd(in endMark, in endMark));
        return true;
    }

    private void CloseAll(int lastLineColumn, Mark lastLineMark, Mark endMark)
    {
        if (_valuePending)
        {
            AddEmptyValue();
        }

        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var mark = _open[i].Indent > lastLineColumn ? lastLineMark : endMark;
            _events.Add(_open[i].IsSequence ? new SequenceEnd(in mark, in mark) : new MappingEnd(in mark, in mark));
        }

        _events.Add(new DocumentEnd(true, endMark, endMark));
    }

    /// <summary>A line with content starting at <paramref name="content"/>, indented by <paramref name="indent"/> spaces.</summary>
    private bool ContentLine(int content, int lineEnd, int indent)
    {
        var isEntry = _text[content] == '-' && content + 1 < lineEnd && _text[content + 1] == ' ';
        var here = MarkAt(content);
        if (_events.Count == 1)
        {
            if (indent != 0 || isEntry)
            {
                return false;
            }

            _events.Add(new DocumentStart(null, DefaultTagDirectives, true, here, here));
            return OpenMapping(content, lineEnd, indent, here);
        }

        if (_valuePending)
        {
            _valuePending = false;
            if (isEntry && indent >= _pendingIndent)
            {
                // At the key's own indentation YAML allows an "indentless" sequence; its start mark spans the dash.
                var dashEnd = indent == _pendingIndent ? MarkAt(content + 1) : here;
                _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, here, dashEnd));
                _open.Add((true, indent));
                return Entry(content, lineEnd);
            }

            if (!isEntry && indent > _pendingIndent)
            {
                return OpenMapping(content, lineEnd, indent, here);
            }

            AddEmptyValue();
        }

        while (_open.Count > 0)
        {
            var (isSequence, openIndent) = _open[^1];
            if (indent > openIndent)
            {
                // Deeper than the open collection without a pending key: a continued scalar, which is not taken.
                return false;
            }

            if (indent == openIndent)
            {
                if (isSequence && isEntry)
                {
                    return Entry(content, lineEnd);
                }

                if (!isSequence)
                {
                    return !isEntry && KeyLine(content, lineEnd);
                }
            }

            _open.RemoveAt(_open.Count - 1);
            _events.Add(isSequence ? new SequenceEnd(in here, in here) : new MappingEnd(in here, in here));
        }

        return false;
    }

    private bool OpenMapping(int content, int lineEnd, int indent, Mark here)
    {
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, here, here));
        _open.Add((false, indent));
        return KeyLine(content, lineEnd);
    }

    /// <summary><c>key:</c>, then nothing (a nested block or an empty value follows), or a one-line value.</summary>
    private bool KeyLine(int content, int lineEnd)
    {
        if (!char.IsAsciiLetterOrDigit(_text[content]) && _text[content] != '_')
        {
            return false;
        }

        var keyEnd = content + 1;
        while (keyEnd < lineEnd && (char.IsAsciiLetterOrDigit(_text[keyEnd]) || _text[keyEnd] is '_' or '-'))
        {
            keyEnd++;
        }

        if (keyEnd == lineEnd || _text[keyEnd] != ':' || keyEnd - content > MaxKeyLength)
        {
            return false;
        }

        AddScalar(content, keyEnd, ScalarStyle.Plain, isKey: true);
        var afterColon = keyEnd + 1;
        var value = afterColon;
        while (value < lineEnd && _text[value] == ' ')
        {
            value++;
        }

        if (value == lineEnd || (_text[value] == '#' && value > afterColon))
        {
            _valuePending = true;
            _pendingIndent = _open[^1].Indent;
            _pendingMark = MarkAt(afterColon);
            return true;
        }

        return value > afterColon && Value(value, lineEnd, allowFlowSequence: true);
    }

    /// <summary><c>- value</c> in a block sequence.</summary>
    private bool Entry(int dash, int lineEnd)
    {
        var value = dash + 1;
        while (value < lineEnd && _text[value] == ' ')
        {
            value++;
        }

        return value < lineEnd && _text[value] != '#' && Value(value, lineEnd, allowFlowSequence: false);
    }

    private void AddEmptyValue() =>
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, string.Empty, ScalarStyle.Plain, true, false, _pendingMark, _pendingMark, false));

    /// <summary>A position on the current line, relative to the front matter body as YamlDotNet counts (1-based line and column).</summary>
    private Mark MarkAt(int position) => new(position - _start, _line, position - _lineStart + 1);
}
