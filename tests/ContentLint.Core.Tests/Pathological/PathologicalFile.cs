using System.Text;

namespace ContentLint.Core.Tests.Pathological;

/// <summary>
/// A hostile or broken page of up to 1 MB, generated in the test (never committed): <paramref name="Unit"/> repeated
/// to fill the body, then a blank line and an SSN on a line of its own, which must still be found where it is.
/// </summary>
/// <param name="FallsBack">True when the page is expected to be scanned as plain text, with a CL1002 note.</param>
/// <param name="Indented">Each repeat on a line of its own, indented two spaces more than the one before.</param>
public sealed record PathologicalFile(string Name, string Extension, string Prefix, string Unit, bool FallsBack, int Size = PathologicalFile.MaxSize, bool Indented = false)
{
    public const int MaxSize = 1_000_000;

    /// <summary>The planted value, at column 5 of its line.</summary>
    public const string PlantedSsn = "555-12-3456";

    public string Path => $"content/{Name}{Extension}";

    public string Text()
    {
        var text = new StringBuilder(Size + 32).Append(Prefix);
        for (var i = 0; text.Length + Unit.Length + (Indented ? 2 * i + 1 : 0) <= Size; i++)
        {
            if (Indented)
            {
                text.Append(' ', 2 * i).Append(Unit).Append('\n');
            }
            else
            {
                text.Append(Unit);
            }
        }

        return text.Append("\n\nSSN ").Append(PlantedSsn).Append('\n').ToString();
    }

    public override string ToString() => Name + Extension;
}
