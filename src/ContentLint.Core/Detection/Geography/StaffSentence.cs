namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// A sentence about a clinician rather than a patient: it starts with a staff title ("Dr. Patel grew up in Pune")
/// or names a credential ("Ana Ruiz, DDS, moved to Boise in May 2010"). Bios sit on pages no path marks as staff
/// (an about page, a home page section), so their places and dates are recognised by the sentence too.
/// </summary>
internal sealed class StaffSentence(IReadOnlyList<string> titles, IReadOnlyList<string> credentials)
{
    private readonly CueWords _credentials = new(credentials);

    // "Dr. ", "Dr ", "Doctor ": only the sentence's first word makes the clinician its subject.
    private readonly string[] _titlePrefixes = [.. titles.Select(t => t + " ")];

    /// <summary>True when [<paramref name="from"/>, <paramref name="to"/>) is a sentence about a clinician.</summary>
    public bool IsAboutStaff(string text, int from, int to)
    {
        var sentence = text.AsSpan(from, to - from).TrimStart(" \t\r\n*_#>-\u2022");
        foreach (var prefix in _titlePrefixes)
        {
            if (sentence.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return _credentials.Any(text, from, to);
    }
}
