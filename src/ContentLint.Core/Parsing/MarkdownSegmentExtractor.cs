using ContentLint.Core.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Extracts segments from Markdown with Markdig. Text is taken from the source through each node's span (Markdig's
/// line/column fields can be wrong, its spans are not), so positions survive escapes, entities and CRLF.
/// Inline text of one paragraph, heading or cell stays in one segment, soft line breaks included, so that a name
/// split over two lines or wrapped in emphasis or a link is still one piece of text.
/// </summary>
internal sealed class MarkdownSegmentExtractor
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseGridTables()
        .UseFootnotes()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseDefinitionLists()
        .Build();

    private static readonly System.Buffers.SearchValues<char> TagNameEnd = System.Buffers.SearchValues.Create(" \t\r\n/>");

    /// <summary>Characters the aligner decodes (entities, escapes, CRLF): a literal without them is its source text.</summary>
    private static readonly System.Buffers.SearchValues<char> Decodable = System.Buffers.SearchValues.Create("&\\\r");

    /// <summary>Reused for each paragraph, heading and cell (a large page has hundreds of thousands of them) and kept by the thread across pages.</summary>
    [ThreadStatic]
    private static SegmentBuilder? t_inlineBuilder;

    /// <summary>Alt text builders by image nesting depth (an image's alt text can hold another image).</summary>
    [ThreadStatic]
    private static List<SegmentBuilder>? t_altBuilders;

    [ThreadStatic]
    private static Stack<(Block Block, RegionKind Kind)>? t_pendingBlocks;

    private readonly SegmentBuilder _inlineBuilder = (t_inlineBuilder ??= new SegmentBuilder()).Reset();
    private readonly List<SegmentBuilder> _altBuilders = t_altBuilders ??= [];
    private int _imageDepth;
    private RegionKind _inlineKind;

    private readonly string _source;
    private readonly List<Segment> _segments;
    private readonly MarkdownRenderer _renderer;

    private MarkdownSegmentExtractor(string source, List<Segment> segments, MarkdownRenderer renderer)
    {
        _source = source;
        _segments = segments;
        _renderer = renderer;
    }

    /// <summary>Parses <paramref name="markdown"/> (front matter already blanked) and adds its segments. Throws <see cref="ArgumentException"/> when nesting is too deep.</summary>
    public static void Extract(string markdown, List<Segment> segments, MarkdownRenderer renderer = MarkdownRenderer.CommonMark)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        new MarkdownSegmentExtractor(markdown, segments, renderer).WalkBlocks(document);
    }

    private void WalkBlocks(MarkdownDocument document)
    {
        // Explicit stack: block nesting is bounded by Markdig, but a walk without recursion costs nothing. The thread
        // keeps it from page to page (cleared first: a page that threw may have left blocks on it).
        var pending = t_pendingBlocks ??= new Stack<(Block Block, RegionKind Kind)>();
        pending.Clear();
        pending.Push((document, RegionKind.Prose));
        while (pending.Count > 0)
        {
            var (block, kind) = pending.Pop();
            switch (block)
            {
                case LinkReferenceDefinition definition:
                    AddReferenceDefinition(definition);
                    break;
                case ContainerBlock container:
                    var childKind = container is TableCell ? RegionKind.TableCell : kind;
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push((container[i], childKind));
                    }

                    break;
                case HtmlBlock html:
                    HtmlSegmentExtractor.Extract(_source, html.Span.Start, Math.Min(_source.Length, html.Span.End + 1), _segments);
                    break;
                case CodeBlock code when _renderer == MarkdownRenderer.Kramdown && IsMarkupInHtmlBlock(code):
                    // kramdown reads on to the HTML block's closing tag: this indented "code" is the block's HTML.
                    HtmlSegmentExtractor.Extract(_source, code.Span.Start, Math.Min(_source.Length, code.Span.End + 1), _segments);
                    break;
                case CodeBlock code:
                    AddCodeBlock(code);
                    break;
                case HeadingBlock { Inline: { } inline }:
                    AddInlines(inline, RegionKind.Heading);
                    break;
                case LeafBlock { Inline: { } inline }:
                    AddInlines(inline, kind);
                    break;
            }
        }
    }

    private void AddInlines(ContainerInline root, RegionKind kind)
    {
        var builder = _inlineBuilder;
        _inlineKind = kind;
        WalkInlines(root, builder);
        if (builder.Length > 0)
        {
            _segments.Add(builder.Build(kind));
        }
    }

    // Recursion depth is bounded by Markdig's own nesting limit, which throws before parsing anything deeper.
    private void WalkInlines(ContainerInline container, SegmentBuilder builder)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendLiteral(builder, literal);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendDecoded(entity.Transcoded.AsSpan(), entity.Span.Start, entity.Span.End + 1);
                    break;
                case LineBreakInline lineBreak:
                    builder.AppendDecoded("\n", lineBreak.Span.Start, LineBreakEnd(lineBreak.Span));
                    break;
                case CodeInline code:
                    AddCodeSpan(code);
                    break;
                case AutolinkInline autolink:
                    AddSpanSegment(RegionKind.LinkUrl, autolink.Span.Start + 1, autolink.Span.End, autolink.Url);
                    break;
                case HtmlInline html:
                    AddInlineHtml(html, builder);
                    break;
                case LinkInline { IsImage: true } image:
                    AddImage(image);
                    break;
                case LinkInline link:
                    WalkInlines(link, builder);
                    AddLinkTarget(link, RegionKind.LinkUrl);
                    break;
                case ContainerInline nested:
                    WalkInlines(nested, builder);
                    break;
            }
        }
    }

    /// <summary>
    /// Inline HTML is a single tag or comment: read it directly, the text around it is Markdown's. A tag that breaks
    /// the line on the page (<c>br</c>, a block) ends the segment, as it does in an HTML page (see <see cref="HtmlTextFlow"/>),
    /// so the words on either side stay apart.
    /// </summary>
    private void AddInlineHtml(HtmlInline html, SegmentBuilder builder)
    {
        var start = html.Span.Start;
        var end = Math.Min(_source.Length, html.Span.End + 1);
        var tag = html.Tag.AsSpan();
        if (tag.StartsWith("<!--"))
        {
            var data = tag.Length >= 7 && tag.EndsWith("-->") ? tag[4..^3] : tag[4..];
            HtmlSegmentExtractor.AddComment(_source, data.ToString(), start, end, _segments);
        }
        else if (tag.Length > 1 && char.IsAsciiLetter(tag[1]))
        {
            var nameEnd = tag[1..].IndexOfAny(TagNameEnd);
            var element = HtmlNames.Lower(nameEnd < 0 ? tag[1..] : tag.Slice(1, nameEnd));
            HtmlSegmentExtractor.AddAttributes(_source, element, start, end, _segments);
            BreakTextAt(element, start, end, builder);
        }
        else if (tag.StartsWith("</") && tag.Length > 2 && char.IsAsciiLetter(tag[2]))
        {
            var nameEnd = tag[2..].IndexOfAny(TagNameEnd);
            BreakTextAt(HtmlNames.Lower(nameEnd < 0 ? tag[2..] : tag.Slice(2, nameEnd)), start, end, builder);
        }
    }

    private void BreakTextAt(string element, int start, int end, SegmentBuilder builder)
    {
        if (builder.Length == 0 || !HtmlTextFlow.Breaks(element))
        {
            return;
        }

        if (ReferenceEquals(builder, _inlineBuilder))
        {
            _segments.Add(builder.Build(_inlineKind));
        }
        else
        {
            // Alt text is one attribute value on the page, whatever markup its source held: a line break keeps words apart.
            builder.AppendDecoded("\n", start, end);
        }
    }

    private void AddImage(LinkInline image)
    {
        if (IsValid(image.Span))
        {
            _segments.Add(SegmentBuilder.Scratch.AppendVerbatim(_source, image.Span.Start, image.Span.Length).Build(RegionKind.Image));
        }

        if (_imageDepth == _altBuilders.Count)
        {
            _altBuilders.Add(new SegmentBuilder());
        }

        var alt = _altBuilders[_imageDepth++].Reset();
        try
        {
            WalkInlines(image, alt);
        }
        finally
        {
            _imageDepth--;
        }

        if (alt.Length > 0)
        {
            _segments.Add(alt.Build(RegionKind.ImageAlt));
        }

        AddLinkTarget(image, RegionKind.ImageSource);
    }

    private void AddLinkTarget(LinkInline link, RegionKind urlKind)
    {
        // Bare URLs turned into links by the autolink extension are already in the text; reference links have no URL span.
        if (!link.IsAutoLink && link.Url is { Length: > 0 } url && IsValid(link.UrlSpan))
        {
            AddSpanSegment(urlKind, link.UrlSpan.Start, link.UrlSpan.End + 1, url);
        }

        if (link.Title is { Length: > 0 } title && IsValid(link.TitleSpan))
        {
            AddSpanSegment(RegionKind.Title, link.TitleSpan.Start + 1, link.TitleSpan.End, title);
        }
    }

    private void AddReferenceDefinition(LinkReferenceDefinition definition)
    {
        // Heading anchors show up as definitions without a URL: skip them.
        if (definition.Url is { Length: > 0 } url && IsValid(definition.UrlSpan))
        {
            AddSpanSegment(RegionKind.LinkUrl, definition.UrlSpan.Start, definition.UrlSpan.End + 1, url);
        }

        if (definition.Title is { Length: > 0 } title && IsValid(definition.TitleSpan))
        {
            AddSpanSegment(RegionKind.Title, definition.TitleSpan.Start + 1, definition.TitleSpan.End, title);
        }
    }

    private void AddCodeSpan(CodeInline code)
    {
        var fence = Math.Max(1, code.DelimiterCount);
        var start = code.Span.Start + fence;
        var end = Math.Max(start, code.Span.End + 1 - fence);
        AddSpanSegment(RegionKind.CodeSpan, start, end, code.Content);
    }

    private void AddCodeBlock(CodeBlock code)
    {
        var builder = SegmentBuilder.Scratch;
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            if (i > 0)
            {
                builder.AppendDecoded("\n", slice.Start, slice.Start);
            }

            if (slice.Length > 0 && ReferenceEquals(slice.Text, _source))
            {
                builder.AppendVerbatim(_source, slice.Start, slice.Length);
            }
            else if (slice.Length > 0)
            {
                // Markdig rewrote the line (a tab partly consumed by indentation): align it from the line's start.
                var lineStart = Math.Clamp(lines.Lines[i].Position, 0, _source.Length);
                var lineEnd = _source.AsSpan(lineStart).IndexOfAny('\r', '\n');
                builder.AppendAligned(_source, lineStart, lineEnd < 0 ? _source.Length : lineStart + lineEnd, slice.ToString());
            }
        }

        if (builder.Length > 0)
        {
            // An indented block is named so: a directive there was meant as a comment (see SuppressionReader).
            _segments.Add(builder.Build(RegionKind.CodeBlock, code is FencedCodeBlock ? null : IndentedCodeName));
        }
    }

    /// <summary>The <see cref="Segment.Name"/> of an indented code block (a fenced one has none).</summary>
    public const string IndentedCodeName = "indented";

    /// <summary>An indented code block that starts with a tag or comment right after an HTML block: HTML that only blank lines cut off.</summary>
    private bool IsMarkupInHtmlBlock(CodeBlock code)
    {
        if (code is FencedCodeBlock || code.Parent is not { } parent)
        {
            return false;
        }

        var index = parent.IndexOf(code);
        if (index < 1 || parent[index - 1] is not HtmlBlock)
        {
            return false;
        }

        var first = code.Span.Start;
        while (first < _source.Length && _source[first] is ' ' or '\t')
        {
            first++;
        }

        return first + 1 < _source.Length && _source[first] == '<' && (char.IsAsciiLetter(_source[first + 1]) || _source[first + 1] is '!' or '/');
    }

    /// <summary>
    /// Most literals are their source text exactly: appended as one verbatim run without making a string of the
    /// literal first, which is what the aligner would produce for them. Anything else goes through the aligner.
    /// </summary>
    private void AppendLiteral(SegmentBuilder builder, LiteralInline literal)
    {
        var span = literal.Span;
        var content = literal.Content.AsSpan();
        if (IsValid(span) && content.Length == span.Length && !content.ContainsAny(Decodable)
            && content.SequenceEqual(_source.AsSpan(span.Start, span.Length)))
        {
            builder.AppendVerbatim(_source, span.Start, span.Length);
            return;
        }

        AppendSpan(builder, span, literal.Content.ToString());
    }

    private void AppendSpan(SegmentBuilder builder, SourceSpan span, string decoded)
    {
        if (IsValid(span))
        {
            builder.AppendAligned(_source, span.Start, span.End + 1, decoded);
        }
    }

    private void AddSpanSegment(RegionKind kind, int start, int end, string decoded)
    {
        if (decoded.Length > 0 && start >= 0 && end <= _source.Length && start <= end)
        {
            _segments.Add(SegmentBuilder.Scratch.AppendAligned(_source, start, end, decoded).Build(kind));
        }
    }

    private int LineBreakEnd(SourceSpan span)
    {
        var end = span.End + 1;
        return end < _source.Length && _source[end - 1] == '\r' && _source[end] == '\n' ? end + 1 : end;
    }

    private bool IsValid(SourceSpan span) => !span.IsEmpty && span.Start >= 0 && span.End < _source.Length && span.Start <= span.End;
}
