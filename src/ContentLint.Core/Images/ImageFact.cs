using ContentLint.Core.Model;

namespace ContentLint.Core.Images;

/// <summary>A possible identifier in an image: the rule, the tag it came from (safe to print), its value (never printed) and confidence.</summary>
internal sealed record ImageFact(string RuleId, string Tag, string Value, Confidence Confidence)
{
    /// <summary>A name from a creator or owner field (EXIF Artist, IPTC By-line): who took the picture, not who is in it.</summary>
    public bool FromCreatorField { get; init; }

    /// <summary>
    /// Where and when a picture was taken, with which camera and by whom (GPS position, capture date, camera serial
    /// number, the photographer's name) say something of a patient only on a patient page (a selfie a patient sent
    /// in): a picture on a service or home page is the office's own. The names of the people shown and captions
    /// count everywhere.
    /// </summary>
    public bool CountsOnlyOnPatientPages => RuleId is "PHI002" or "PHI003" or "PHI013" || FromCreatorField;

    // Records print every property by default; the value may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"RuleId = {RuleId}, Tag = {Tag}, Length = {Value.Length}, Confidence = {Confidence}");
        return true;
    }
}
