namespace ContentLint.Core.Consent;

/// <summary>The scope words of CONTRACT §6. Which rule each covers is data: the catalog's <c>scope</c> field.</summary>
internal static class ConsentScope
{
    public static readonly IReadOnlySet<string> Words = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "location", "date", "contact", "id", "photo", "condition", "testimonial",
    };
}
