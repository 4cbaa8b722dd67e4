using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Parsing;

/// <summary>
/// Finds the YAML front matter at the top of a page (<c>---</c> … <c>---</c> or <c>...</c>), as Jekyll, Hugo and
/// Eleventy accept it in Markdown and HTML alike, parses it and turns every scalar value into a segment.
/// </summary>
internal static class FrontMatterReader
{
    /// <summary>Front matter larger than this is not a page header but something else; it is not parsed.</summary>
    private const int MaxFrontMatterLength = 1 << 20;

    /// <summary>More values than any page header has; past it the block is not a header (or an alias bomb).</summary>
    private const int MaxFrontMatterValues = 10_000;

    /// <summary>Locates the block: [start, end) of the whole block and the YAML body's range.</summary>
    public static (int Start, int End, int ContentStart, int ContentEnd)? Locate(string text)
    {
        var firstLineEnd = LineEnd(text, 0);
        if (!IsDelimiter(text, 0, firstLineEnd, allowDots: false))
        {
            return null;
        }

        var contentStart = NextLineStart(text, firstLineEnd);
        var lineStart = contentStart;
        while (lineStart < text.Length && lineStart - contentStart <= MaxFrontMatterLength)
        {
            var lineEnd = LineEnd(text, lineStart);
            if (IsDelimiter(text, lineStart, lineEnd, allowDots: true))
            {
                return (0, NextLineStart(text, lineEnd), contentStart, lineStart);
            }

            lineStart = NextLineStart(text, lineEnd);
        }

        return null;
    }

    /// <summary>Parses the located block; problems are reported, never thrown.</summary>
    public static FrontMatter? Read(string text, (int Start, int End, int ContentStart, int ContentEnd) block, List<Segment> segments, List<ParseProblem> problems) =>
        Read(text, block, segments, problems, trySimpleParser: true);

    /// <summary>
    /// <paramref name="trySimpleParser"/> false reads everything with YamlDotNet's parser: the equivalence tests
    /// compare both ways on the same input.
    /// </summary>
    internal static FrontMatter? Read(string text, (int Start, int End, int ContentStart, int ContentEnd) block, List<Segment> segments, List<ParseProblem> problems, bool trySimpleParser)
    {
        var depthProblem = YamlDepthGuard.Check(text.AsSpan(block.ContentStart, block.ContentEnd - block.ContentStart));
        if (depthProblem is not null)
        {
            problems.Add(new ParseProblem($"front matter not parsed: {depthProblem}", block.Start));
            return null;
        }

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            // Plain front matter gets YamlDotNet's own events from a much cheaper reader; the rest goes to its parser.
            if (trySimpleParser && SimpleFrontMatterParser.TryParse(text, block.ContentStart, block.ContentEnd) is { } events)
            {
                stream.Load(new ReplayParser(events));
            }
            else
            {
                stream.Load(new StringSliceReader(text, block.ContentStart, block.ContentEnd));
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                root = new YamlMappingNode();
            }
            else if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                root = mapping;
            }
            else
            {
                problems.Add(new ParseProblem("front matter is not a YAML mapping of keys to values", block.ContentStart));
                return null;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            var offset = ex is YamlException yamlException ? block.ContentStart + (int)Math.Max(0, yamlException.Start.Index) : block.ContentStart;
            offset = Math.Min(offset, block.ContentEnd);
            // Hugo's and Jekyll's YAML readers take what YamlDotNet refuses (a quoted value over unindented lines, a
            // colon in a plain value): such a header is read line by line, quietly unless it holds a consent block,
            // which cannot be checked that way.
            if (LenientFrontMatter.Read(text, block, segments) is { } lenient)
            {
                if (lenient.HasConsent)
                {
                    problems.Add(new ParseProblem($"front matter is not strict YAML ({YamlErrorText.Describe(ex)}); read line by line, without its consent block", offset));
                }

                return lenient.FrontMatter;
            }

            problems.Add(new ParseProblem($"malformed YAML front matter: {YamlErrorText.Describe(ex)}", offset));
            return null;
        }

        var frontMatter = new FrontMatter(root, block.Start, block.End, block.ContentStart);
        var before = segments.Count;
        if (!YamlValueSegments.Add(text, root, block.ContentStart, RegionKind.FrontMatterValue, MaxFrontMatterValues, segments))
        {
            segments.RemoveRange(before, segments.Count - before);
            problems.Add(new ParseProblem("front matter has too many values to be a page header; scanned as plain text", block.ContentStart));
            return null;
        }

        return frontMatter;
    }

    private static bool IsDelimiter(string text, int start, int end, bool allowDots)
    {
        var line = text.AsSpan(start, end - start).TrimEnd(" \t");
        return line.SequenceEqual("---") || (allowDots && line.SequenceEqual("..."));
    }

    private static int LineEnd(string text, int start)
    {
        var index = text.AsSpan(start).IndexOfAny('\r', '\n');
        return index < 0 ? text.Length : start + index;
    }

    private static int NextLineStart(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        if (lineEnd < text.Length && text[lineEnd] == '\n')
        {
            lineEnd++;
        }

        return lineEnd;
    }
}
