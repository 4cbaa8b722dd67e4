namespace ContentLint.Git.Tests;

/// <summary>Invented page text: one that is clean and lines that carry a planted identifier at a known column.</summary>
internal static class Pages
{
    public const string Clean = "---\ntitle: Opening hours\n---\nWe are open on Mondays and Thursdays.\n";

    /// <summary>A telephone number in patient context: PHI004 at columns 18–30 (end exclusive) of its line.</summary>
    public const string PhoneLine = "Call Jane Roe at 555-201-4477 about her knee surgery.";

    public const string PlantedPhone = "555-201-4477";

    /// <summary>The clean page with <see cref="PhoneLine"/> as line 5.</summary>
    public const string WithPhone = Clean + PhoneLine + "\n";

    public static string PhoneFinding(string path, int line) => $"{path}({line},18,{line},30): error PHI004:";
}
