namespace ContentLint.Core.Detection;

/// <summary>An e-mail address found in a segment's text.</summary>
/// <param name="Start">Start index in the text.</param>
/// <param name="Length">Length in the text.</param>
/// <param name="LocalPart">The part before the <c>@</c>.</param>
/// <param name="Domain">The domain in lower case, dotted even when the text obfuscates it.</param>
/// <param name="Obfuscated">Written as "name [at] domain [dot] com".</param>
internal readonly record struct EmailAddressMatch(int Start, int Length, string LocalPart, string Domain, bool Obfuscated)
{
    // Records print every property by default; these hold text from the page, which may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Start = {Start}, Length = {Length}, Obfuscated = {Obfuscated}");
        return true;
    }
}
