namespace ContentLint.Core.Web;

/// <summary>An attribute of a start tag: lower-case name, decoded value and the raw value's source range.</summary>
internal sealed record MarkupAttribute(string Name, string Value, int ValueStart, int ValueEnd)
{
    // Records print every property by default; the value is page text.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Name = {Name}, Length = {Value.Length}, ValueStart = {ValueStart}");
        return true;
    }
}
