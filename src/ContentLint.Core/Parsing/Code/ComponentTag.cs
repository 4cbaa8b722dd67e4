namespace ContentLint.Core.Parsing.Code;

/// <summary>A start tag of a component's markup: its name as written and where the name ends.</summary>
internal sealed class ComponentTag
{
    public ComponentTag(string text, int open)
    {
        var i = open + 1;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or ':' or '.' or '_'))
        {
            i++;
        }

        Name = text[(open + 1)..i];
        NameEnd = i;
    }

    public string Name { get; }

    public int NameEnd { get; }

    public bool SelfClosing { get; set; }
}
