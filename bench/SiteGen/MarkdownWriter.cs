using System.Text;

namespace ContentLint.Bench.SiteGen;

internal sealed class MarkdownWriter(string frontMatter) : IBlockWriter
{
    private readonly StringBuilder _text = new(frontMatter);

    public void Heading(int level, string text) => _text.Append('#', level).Append(' ').Append(text).Append("\n\n");

    /// <summary>Soft-wrapped at about 100 columns, as editors leave it.</summary>
    public void Paragraph(string text)
    {
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + word.Length > 100)
            {
                _text.Append('\n');
                column = 0;
            }
            else if (column > 0)
            {
                _text.Append(' ');
                column++;
            }

            _text.Append(word);
            column += word.Length;
        }

        _text.Append("\n\n");
    }

    public void List(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
        }

        _text.Append('\n');
    }

    public void Image(string source, string alt) => _text.Append("![").Append(alt).Append("](").Append(source).Append(")\n\n");

    public void Quote(string text) => _text.Append("> ").Append(text).Append("\n\n");

    public string Link(string href, string text) => $"[{text}]({href})";

    public string Finish() => _text.ToString();
}
