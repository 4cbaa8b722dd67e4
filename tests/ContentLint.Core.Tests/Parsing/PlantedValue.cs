namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// A source snippet with one value planted between <c>«</c> and <c>»</c>: the markers are removed and the
/// expected 1-based line and UTF-16 columns are computed here, independently of the code under test.
/// </summary>
internal sealed record PlantedValue(string Source, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static PlantedValue Parse(string marked)
    {
        var open = marked.IndexOf('«', StringComparison.Ordinal);
        var close = marked.IndexOf('»', StringComparison.Ordinal);
        Assert.True(open >= 0 && close > open, "snippet needs one «planted» value");
        var source = marked.Remove(close, 1).Remove(open, 1);
        var (startLine, startColumn) = Position(source, open);
        var (endLine, endColumn) = Position(source, close - 1);
        return new PlantedValue(source, startLine, startColumn, endLine, endColumn);
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        int line = 1, lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            var lineBreak = text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n'));
            if (lineBreak)
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }
}
