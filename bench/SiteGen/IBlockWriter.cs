namespace ContentLint.Bench.SiteGen;

/// <summary>The markup of one page: the same generated content renders as Markdown or HTML.</summary>
internal interface IBlockWriter
{
    void Heading(int level, string text);

    void Paragraph(string text);

    void List(IReadOnlyList<string> items);

    void Image(string source, string alt);

    void Quote(string text);

    string Link(string href, string text);

    string Finish();
}
