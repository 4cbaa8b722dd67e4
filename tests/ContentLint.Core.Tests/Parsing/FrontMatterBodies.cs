using System.Text;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Random front matter bodies from a small grammar: mostly the plain shape pages have, mixed with near misses of
/// every rule the simple parser relies on (indicators, quotes, comments, colons, indentation, line breaks, Unicode).
/// </summary>
internal sealed class FrontMatterBodies
{
    private static readonly string[] Keys =
    [
        "title", "date", "author", "tags", "layout", "consent", "status", "form_id", "scope", "approved_by", "a", "b-c", "_x",
        "2023", "Key9", "title", "date",
    ];

    private static readonly string[] OddKeys =
    [
        "ключ", "\"quoted\"", "'single'", "a b", "a.b", "? a", "-x", "key ", "&a k", "!t k", "[k]", "k#", "x:y", "...", "---", "~", "-",
    ];

    private static readonly string[] Values =
    [
        "\"Five exercises for a hip replacement\"", "2023-03-29", "\"Carla Mendes, PTA\"", "[plantar-fasciitis, gardening]",
        "testimonial", "granted", "\"LPT-AUTH-2636\"", "[name, photo, condition, testimonial]", "\"Priya Raman\"", "true", "false",
        "~", "null", "42", "3.14", "plain words here", "Zoë Müller", "東京 clinic", "'single quoted'", "\"\"", "''", "[]", "[ ]",
        "a#b", "https://example.org/a?b=c", "(555) 123-4567", "/path/to", "+1 555", "$5", "_under", "a,b", "a]b", "a[b",
        "[a, \"b\", 'c']", "[ a b , c ]", "Ünïcödé", "x-y_z", "a:b", "a.b", "v1", "ÆØÅ", "İstanbul", "٣٤",
    ];

    private static readonly string[] OddValues =
    [
        "-5", "- x", "? x", ": x", "x: y", "x:", "a #b", "a # b", "\"say \\\"hi\\\"\"", "\"esc \\n\"", "'it''s'", "\"unterminated",
        "'x' y", "\"x\"#c", "\"x\" # c", "|", ">", "|-", "&a x", "*a", "!tag x", "!!str x", "%x", "@x", "`x", "[a, [b]]", "{a: b}",
        "[a, b", "[a: b]", "[a, ]", "[a,,b]", "[#a]", "[a #b]", "[\"a\" b]", "[a] x", "[a]#x", "emoji 😀", "a\tb", "\tb", "x\u0085y",
        "x\u2028y", "\ufeffx", "x\u007fy", "x\u0001y", "\"a\u00a0b\"", ".5", "...", "a ,b", "'a\"b'", "\"a'b\"", "=x", "<x>",
        "x \"q\"", "x 'q'", "#", ",a", "]", "{", "}", "'", "\"", "x\\y", "\"a\\\\b\"", "{x}y", "Ⅻ", "- [a, b]", "-",
    ];

    private static readonly string[] Comments = ["# note", "#note", "#", "# key: value", "# - item", "# \"q\""];

    private readonly Random _random;
    private readonly StringBuilder _body = new();
    private string _newline = "\n";

    public FrontMatterBodies(int seed) => _random = new Random(seed);

    /// <summary>A body that mixes the common shape with near misses; about half of them leave the subset.</summary>
    public string Next(double oddness)
    {
        _body.Clear();
        _newline = Chance(0.1) ? "\r\n" : "\n";
        var shape = _random.Next(20);
        if (shape == 0)
        {
            return string.Empty;
        }

        if (shape == 1)
        {
            AddLine(Pick(Comments), 0, oddness);
            return Finish();
        }

        Mapping(0, 0, oddness);
        return Finish();
    }

    private void Mapping(int indent, int depth, double oddness)
    {
        var count = 1 + _random.Next(depth == 0 ? 7 : 4);
        for (var i = 0; i < count; i++)
        {
            Noise(indent, oddness);
            var key = Chance(oddness * 0.1) ? Pick(OddKeys) : Pick(Keys);
            var line = new string(' ', indent) + key + Colon(oddness);
            var roll = _random.Next(10);
            if (roll < 6 || depth >= 3)
            {
                AddLine(line + Gap(oddness) + Value(oddness) + Trailer(oddness), 0, oddness);
            }
            else if (roll < 8)
            {
                AddLine(line + (Chance(0.2) ? " # nested" : Chance(0.2) ? "   " : string.Empty), 0, oddness);
                Mapping(indent + Step(oddness), depth + 1, oddness);
            }
            else if (roll < 9)
            {
                AddLine(line + (Chance(0.2) ? " " : string.Empty), 0, oddness);
                Sequence(Chance(0.5) ? indent : indent + Step(oddness), oddness);
            }
            else
            {
                // An empty value, maybe followed by deeper comments or blank lines only.
                AddLine(line + (Chance(0.3) ? "  " : string.Empty), 0, oddness);
            }
        }
    }

    private void Sequence(int indent, double oddness)
    {
        var count = 1 + _random.Next(4);
        for (var i = 0; i < count; i++)
        {
            Noise(indent, oddness);
            var dash = Chance(oddness * 0.1) ? "-" : Chance(0.2) ? "-  " : "- ";
            var entryIndent = Chance(oddness * 0.1) ? indent + 1 : indent;
            AddLine(new string(' ', entryIndent) + dash + EntryValue(oddness) + Trailer(oddness), 0, oddness);
        }
    }

    private void Noise(int indent, double oddness)
    {
        if (Chance(0.15))
        {
            AddLine(Chance(0.5) ? string.Empty : new string(' ', _random.Next(5)), 0, oddness);
        }

        if (Chance(0.1))
        {
            AddLine(Pick(Comments), Chance(0.5) ? indent : _random.Next(6), oddness);
        }
    }

    private string Colon(double oddness) => Chance(oddness * 0.05) ? " :" : ":";

    private string Gap(double oddness) => Chance(oddness * 0.1) ? string.Empty : Chance(0.15) ? "   " : " ";

    private int Step(double oddness) => Chance(oddness * 0.2) ? 1 + _random.Next(4) : 2;

    private string Value(double oddness) =>
        Chance(oddness * 0.25) ? Pick(OddValues) : Chance(0.05) ? string.Empty : Pick(Values);

    /// <summary>Flow sequences and empty entries inside block sequences are near misses, not the plain shape.</summary>
    private string EntryValue(double oddness)
    {
        var value = Value(oddness);
        while (!Chance(oddness) && (value.Length == 0 || value[0] == '['))
        {
            value = Value(oddness);
        }

        return value;
    }

    private string Trailer(double oddness) =>
        !Chance(oddness * 0.3) ? string.Empty : _random.Next(4) switch
        {
            0 => " " + Pick(Comments),
            1 => "  ",
            2 => "\t",
            _ => " ",
        };

    private void AddLine(string line, int indent, double oddness)
    {
        _body.Append(' ', indent).Append(line);
        if (Chance(oddness * 0.01))
        {
            _body.Append('\r');
        }

        _body.Append(Chance(oddness * 0.02) ? (_newline == "\n" ? "\r\n" : "\n") : _newline);
    }

    private string Finish()
    {
        if (Chance(0.2) && _body.Length > 0)
        {
            // No line break after the last line, sometimes with trailing spaces.
            _body.Length -= _newline.Length;
            if (Chance(0.3))
            {
                _body.Append("  ");
            }
        }
        else if (Chance(0.1))
        {
            _body.Append(Chance(0.5) ? "   " : "# tail");
        }

        return _body.ToString();
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private string Pick(string[] items) => items[_random.Next(items.Length)];
}
