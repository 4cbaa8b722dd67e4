using AngleSharp;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using ContentLint.Core.Model;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Extracts segments from HTML (a whole page, an HTML block or an inline tag inside Markdown) with AngleSharp's
/// tokenizer inside its parser: tokens carry raw source ranges, while text and attribute values come decoded, so
/// each value is aligned back onto its raw characters. The text of one block (text tokens separated only by markup
/// that continues the line, see <see cref="HtmlTextFlow"/>) is one segment, as the page shows it in one run.
/// </summary>
internal sealed class HtmlSegmentExtractor
{
    private readonly string _source;
    private readonly int _offset;
    private readonly List<Segment> _segments;
    private string _rawTextElement = string.Empty;
    private string _currentElement = string.Empty;
    private int _headingDepth;
    private int _cellDepth;
    private int _linkDepth;
    private int _foreignDepth;
    private int _navigationDepth;
    private int _sectionDepth;
    private int _frameDepth;

    // The run of text being joined: its kind and element are those of its first piece, except that link text is
    // only the run's kind when the whole run is inside links.
    private readonly SegmentBuilder _run = (t_run ??= new SegmentBuilder()).Reset();
    private RegionKind _runKind;
    private string? _runElement;
    private bool _runAllInLink;
    private bool _runInPageChrome;

    /// <summary>Inside navigation, or a header or footer of the page itself (not of an article or section in it).</summary>
    private bool InPageChrome => _navigationDepth > 0 || _frameDepth > 0;

    /// <summary>
    /// A parser without a context makes a new browsing context (configuration, services) for every parse, which
    /// costs more than parsing a small HTML block; a context is not thread-safe, so each scanning thread keeps one.
    /// </summary>
    [ThreadStatic]
    private static IBrowsingContext? t_context;

    /// <summary>Attribute ranges of the tag at hand, reused from tag to tag.</summary>
    [ThreadStatic]
    private static List<HtmlTagScanner.RawAttribute>? t_attributes;

    /// <summary>The builder of the run of text being joined, kept by the thread across pages (pages have thousands of runs).</summary>
    [ThreadStatic]
    private static SegmentBuilder? t_run;

    private static IBrowsingContext Context => t_context ??= BrowsingContext.New(Configuration.Default);

    private HtmlSegmentExtractor(string source, int offset, List<Segment> segments)
    {
        _source = source;
        _offset = offset;
        _segments = segments;
    }

    /// <summary>Adds the segments of HTML in <paramref name="source"/>[<paramref name="start"/>, <paramref name="end"/>) to <paramref name="segments"/>.</summary>
    public static void Extract(string source, int start, int end, List<Segment> segments)
    {
        var extractor = new HtmlSegmentExtractor(source, start, segments);
        var options = new HtmlParserOptions { IsKeepingSourceReferences = false, OnToken = extractor.OnToken };
        var parser = new HtmlParser(options, Context);
        if (start == 0 && end == source.Length)
        {
            parser.ParseDocument(source);
        }
        else
        {
            // An HTML block inside Markdown: parsed in place, not copied out of the page first.
            parser.ParseDocument(source.AsMemory(start, end - start));
        }

        extractor.EndRun();
    }

    /// <summary>
    /// Adds the visible attribute values of the start tag at [<paramref name="start"/>, <paramref name="end"/>).
    /// Markdown's inline HTML is one tag at a time, so it comes here directly instead of through a whole HTML parser.
    /// </summary>
    public static void AddAttributes(string source, string element, int start, int end, List<Segment> segments, HtmlTagToken? parsed = null)
    {
        var builder = SegmentBuilder.Scratch;
        if (element == "img" && end > start)
        {
            segments.Add(builder.AppendVerbatim(source, start, end - start).Build(RegionKind.Image, element));
        }

        var attributes = t_attributes ??= [];
        attributes.Clear();
        HtmlTagScanner.Scan(source, start, end, attributes);
        foreach (var attribute in attributes)
        {
            if (attribute.ValueEnd <= attribute.ValueStart || HtmlAttributeKinds.Classify(element, attribute.Name) is not { } kind)
            {
                continue;
            }

            // The parser decodes as browsers do (references without ';', HTML5 names); without it, WebUtility is close.
            var decoded = ParsedValue(parsed, attribute.Name)
                ?? System.Net.WebUtility.HtmlDecode(source[attribute.ValueStart..attribute.ValueEnd]);
            segments.Add(builder.AppendAligned(source, attribute.ValueStart, attribute.ValueEnd, decoded).Build(kind, attribute.Name));
        }

        attributes.Clear();
    }

    /// <summary>The parser's value of the first attribute named <paramref name="name"/>, as FirstOrDefault found it, without a closure per attribute.</summary>
    private static string? ParsedValue(HtmlTagToken? parsed, string name)
    {
        if (parsed is null)
        {
            return null;
        }

        foreach (var attribute in parsed.Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    /// <summary>Adds the text of the comment at [<paramref name="start"/>, <paramref name="end"/>), decoded as <paramref name="data"/>.</summary>
    public static void AddComment(string source, string data, int start, int end, List<Segment> segments)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            return;
        }

        var contentStart = source.AsSpan(start, end - start).StartsWith("<!--") ? start + 4 : start + Math.Min(2, end - start);
        var contentEnd = end - start >= 7 && source.AsSpan(end - 3, 3).SequenceEqual("-->") ? end - 3 : end;
        segments.Add(SegmentBuilder.Scratch.AppendAligned(source, contentStart, Math.Max(contentStart, contentEnd), data).Build(RegionKind.Comment));
    }

    private void OnToken(HtmlToken token, AngleSharp.Text.TextRange range)
    {
        var start = _offset + range.Start.Index;
        var end = _offset + range.End.Index;
        switch (token.Type)
        {
            case HtmlTokenType.StartTag:
                OnStartTag((HtmlTagToken)token, start, end);
                break;
            case HtmlTokenType.EndTag:
                OnEndTag(token.Data);
                break;
            case HtmlTokenType.EndOfFile:
                EndRun();
                break;
            case HtmlTokenType.Character:
                OnText(token.Data, start, end);
                break;
            case HtmlTokenType.Comment:
                OnComment(token.Data, start, end);
                break;
        }
    }

    private void OnStartTag(HtmlTagToken tag, int start, int end)
    {
        var name = tag.Data;
        if (_foreignDepth > 0 || HtmlTextFlow.Breaks(name))
        {
            EndRun();
        }

        _currentElement = name;
        var added = _segments.Count;
        AddAttributes(_source, name, start, end, _segments, tag);
        if (InPageChrome)
        {
            MarkPageChrome(added);
        }

        if (tag.IsSelfClosing)
        {
            return;
        }

        if (HtmlTextFlow.IsForeignRoot(name))
        {
            _foreignDepth++;
        }

        switch (name)
        {
            case "script" or "style" or "textarea" or "title":
                _rawTextElement = name;
                break;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                _headingDepth++;
                break;
            case "td" or "th":
                _cellDepth++;
                break;
            case "a":
                _linkDepth++;
                break;
            case "nav":
                _navigationDepth++;
                break;
            case "article" or "section" or "aside" or "main":
                _sectionDepth++;
                break;
            case "header" or "footer" when _sectionDepth == 0:
                _frameDepth++;
                break;
        }
    }

    /// <summary>Marks the segments from <paramref name="from"/> on as the page's frame.</summary>
    private void MarkPageChrome(int from)
    {
        for (var i = from; i < _segments.Count; i++)
        {
            _segments[i] = _segments[i] with { InPageChrome = true };
        }
    }

    private void OnEndTag(string name)
    {
        if (_foreignDepth > 0 || HtmlTextFlow.Breaks(name))
        {
            EndRun();
        }

        if (HtmlTextFlow.IsForeignRoot(name) && _foreignDepth > 0)
        {
            _foreignDepth--;
        }

        if (name == _rawTextElement)
        {
            _rawTextElement = string.Empty;
        }

        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when _headingDepth > 0:
                _headingDepth--;
                break;
            case "td" or "th" when _cellDepth > 0:
                _cellDepth--;
                break;
            case "a" when _linkDepth > 0:
                _linkDepth--;
                break;
            case "nav" when _navigationDepth > 0:
                _navigationDepth--;
                break;
            case "article" or "section" or "aside" or "main" when _sectionDepth > 0:
                _sectionDepth--;
                break;
            case "header" or "footer" when _sectionDepth == 0 && _frameDepth > 0:
                _frameDepth--;
                break;
        }
    }

    private void OnText(string data, int start, int end)
    {
        if (_rawTextElement.Length > 0)
        {
            AddRawText(data, start, end);
            return;
        }

        // Whitespace between tags only counts between words of a run, where it keeps them apart; it says nothing of
        // the run's kind (a link followed by a line break is still all link text).
        var blank = string.IsNullOrWhiteSpace(data);
        if (_run.Length == 0)
        {
            if (blank)
            {
                return;
            }

            _runKind = _headingDepth > 0 ? RegionKind.Heading : _cellDepth > 0 ? RegionKind.TableCell : RegionKind.HtmlText;
            _runElement = _currentElement.Length > 0 ? _currentElement : null;
            _runAllInLink = _linkDepth > 0;
            _runInPageChrome = InPageChrome;
        }
        else if (!blank)
        {
            _runAllInLink &= _linkDepth > 0;
        }

        _run.AppendAligned(_source, start, end, data);
    }

    /// <summary>The body of <c>script</c>, <c>style</c>, <c>textarea</c> or <c>title</c>: a segment of its own.</summary>
    private void AddRawText(string data, int start, int end)
    {
        if (string.IsNullOrWhiteSpace(data))
        {
            return;
        }

        var kind = _rawTextElement switch
        {
            "script" => RegionKind.Script,
            "style" => RegionKind.Style,
            _ => RegionKind.HtmlText,
        };
        var segment = SegmentBuilder.Scratch.AppendAligned(_source, start, end, data).Build(kind, _rawTextElement);
        _segments.Add(InPageChrome ? segment with { InPageChrome = true } : segment);
    }

    private void EndRun()
    {
        if (_run.Length > 0)
        {
            var kind = _runAllInLink && _runKind != RegionKind.Heading ? RegionKind.LinkText : _runKind;
            var segment = _run.Build(kind, _runElement);
            _segments.Add(_runInPageChrome ? segment with { InPageChrome = true } : segment);
        }
    }

    private void OnComment(string data, int start, int end) => AddComment(_source, data, start, end, _segments);
}
