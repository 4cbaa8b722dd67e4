namespace ContentLint.MSBuild.Tests;

/// <summary>Pages the build tests write into their sites.</summary>
internal static class SitePages
{
    /// <summary>Line 3, columns 65-76 (end exclusive 77): a phone number, in a patient's own words.</summary>
    public const string Patient = """
        # Back on the water

        If you are facing the same surgery and want to talk, text me at 207-555-0147
        after six. Therapy after my rotator cuff repair got me back in my kayak.
        """;

    /// <summary>A patient's phone number as the task reports it: at line 3, columns 65 to 77, redacted.</summary>
    public static string PhoneFinding(string page, string projectFile) =>
        $"{page}(3,65,3,77): error PHI004: Possible telephone number in patient context: ***-***-**** [{projectFile}]";
}
