using ContentLint.Core.Model;

namespace ContentLint.Core.Images;

/// <summary>A possible identifier in an image: the rule, the tag it came from (safe to print), its value (never printed) and confidence.</summary>
internal sealed record ImageFact(string RuleId, string Tag, string Value, Confidence Confidence)
{
    /// <summary>
    /// Where and when a picture was taken and with which camera (GPS position, capture date, camera serial number)
    /// say something of a patient only on a patient page: a picture on a service or home page is the office's own.
    /// Names in metadata count everywhere.
    /// </summary>
    public bool CountsOnlyOnPatientPages => RuleId is "PHI002" or "PHI003" or "PHI013";

    // Records print every property by default; the value may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"RuleId = {RuleId}, Tag = {Tag}, Length = {Value.Length}, Confidence = {Confidence}");
        return true;
    }
}
