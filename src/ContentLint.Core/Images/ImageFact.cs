using ContentLint.Core.Model;

namespace ContentLint.Core.Images;

/// <summary>A possible identifier in an image: the rule, the tag it came from (safe to print), its value (never printed) and confidence.</summary>
internal sealed record ImageFact(string RuleId, string Tag, string Value, Confidence Confidence)
{
    // Records print every property by default; the value may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"RuleId = {RuleId}, Tag = {Tag}, Length = {Value.Length}, Confidence = {Confidence}");
        return true;
    }
}
