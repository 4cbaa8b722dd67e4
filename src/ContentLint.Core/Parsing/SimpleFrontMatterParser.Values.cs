using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Parsing;

/// <summary>The one-line values of <see cref="SimpleFrontMatterParser"/>: plain, quoted and flow sequences, and what may follow them.</summary>
internal sealed partial class SimpleFrontMatterParser
{
    private bool Value(int value, int lineEnd, bool allowFlowSequence)
    {
        int end;
        switch (_text[value])
        {
            case '"' or '\'':
                end = QuotedScalar(value, lineEnd);
                break;
            case '[' when allowFlowSequence:
                end = FlowSequence(value, lineEnd);
                break;
            default:
                end = PlainScalar(value, lineEnd);
                break;
        }

        return end >= 0 && RestIsBlankOrComment(end, lineEnd);
    }

    /// <summary>A one-line plain scalar in block context; returns where it ends, or -1.</summary>
    private int PlainScalar(int start, int lineEnd)
    {
        if (!IsPlainStart(_text[start]))
        {
            return -1;
        }

        var end = start + 1;
        for (var i = start + 1; i < lineEnd; i++)
        {
            var c = _text[i];
            if (c == ' ')
            {
                if (i + 1 < lineEnd && _text[i + 1] == '#')
                {
                    break;
                }
            }
            else if (c == ':' && (i + 1 == lineEnd || _text[i + 1] == ' '))
            {
                // A mapping indicator inside a value: an error, or a mapping, to YamlDotNet.
                return -1;
            }
            else
            {
                end = i + 1;
            }
        }

        AddScalar(start, end, ScalarStyle.Plain, isKey: false);
        return end;
    }

    /// <summary>A one-line quoted scalar without escapes (no backslash, no doubled quote); returns where it ends, or -1.</summary>
    private int QuotedScalar(int start, int lineEnd)
    {
        var quote = _text[start];
        var closing = _text.AsSpan(start + 1, lineEnd - start - 1).IndexOf(quote);
        if (closing < 0)
        {
            return -1;
        }

        var close = start + 1 + closing;
        if ((quote == '"' && _text.AsSpan(start + 1, closing).Contains('\\')) || (close + 1 < lineEnd && _text[close + 1] == quote))
        {
            return -1;
        }

        AddScalar(start, close + 1, quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, isKey: false);
        return close + 1;
    }

    /// <summary><c>[a, "b", c d]</c> on one line; returns where it ends, or -1.</summary>
    private int FlowSequence(int open, int lineEnd)
    {
        var openMark = MarkAt(open);
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, openMark, openMark));
        var i = SkipSpaces(open + 1, lineEnd);
        if (i < lineEnd && _text[i] == ']')
        {
            return CloseFlowSequence(i);
        }

        while (i < lineEnd)
        {
            var itemEnd = _text[i] is '"' or '\'' ? QuotedScalar(i, lineEnd) : FlowPlainScalar(i, lineEnd);
            if (itemEnd < 0)
            {
                return -1;
            }

            i = SkipSpaces(itemEnd, lineEnd);
            if (i < lineEnd && _text[i] == ']')
            {
                return CloseFlowSequence(i);
            }

            if (i == lineEnd || _text[i] != ',')
            {
                return -1;
            }

            i = SkipSpaces(i + 1, lineEnd);
        }

        return -1;
    }

    private int CloseFlowSequence(int close)
    {
        var closeMark = MarkAt(close);
        _events.Add(new SequenceEnd(in closeMark, in closeMark));
        return close + 1;
    }

    /// <summary>A plain item of a flow sequence: no indicator characters at all inside, inner spaces allowed.</summary>
    private int FlowPlainScalar(int start, int lineEnd)
    {
        if (!IsPlainStart(_text[start]))
        {
            return -1;
        }

        var end = start + 1;
        for (var i = start + 1; i < lineEnd; i++)
        {
            var c = _text[i];
            if (c is ',' or ']')
            {
                break;
            }

            if (c is '[' or '{' or '}' or '#' or ':' or '"' or '\'')
            {
                return -1;
            }

            if (c != ' ')
            {
                end = i + 1;
            }
        }

        AddScalar(start, end, ScalarStyle.Plain, isKey: false);
        return end;
    }

    private bool RestIsBlankOrComment(int position, int lineEnd)
    {
        var rest = SkipSpaces(position, lineEnd);
        return rest == lineEnd || (_text[rest] == '#' && rest > position);
    }

    private int SkipSpaces(int position, int lineEnd)
    {
        while (position < lineEnd && _text[position] == ' ')
        {
            position++;
        }

        return position;
    }

    private void AddScalar(int start, int end, ScalarStyle style, bool isKey)
    {
        var quoted = style != ScalarStyle.Plain;
        var value = quoted ? _text.Substring(start + 1, end - start - 2) : _text.Substring(start, end - start);
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, !quoted, quoted, MarkAt(start), MarkAt(end), isKey));
    }

    /// <summary>Letters and digits (any script), and a few characters that never start a YAML indicator.</summary>
    private static bool IsPlainStart(char c) => char.IsLetterOrDigit(c) || c is '_' or '(' or '/' or '~' or '+' or '$';

    /// <summary>
    /// Printable ASCII, and non-ASCII that YAML neither treats as a line break (NEL, LS, PS) nor rejects (C1 controls,
    /// surrogates, BOM, non-characters); tabs are left to YamlDotNet too, as they change how indentation reads.
    /// </summary>
    private static bool OnlyPrintable(ReadOnlySpan<char> line)
    {
        var other = line.IndexOfAnyExceptInRange(' ', '~');
        if (other < 0)
        {
            return true;
        }

        foreach (var c in line[other..])
        {
            if (c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF'))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
