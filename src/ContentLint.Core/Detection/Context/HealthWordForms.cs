namespace ContentLint.Core.Detection.Context;

/// <summary>Word splitting for <see cref="HealthVocabulary"/>.</summary>
internal static class HealthWordForms
{
    /// <summary>
    /// The words of <paramref name="text"/>[<paramref name="from"/>, <paramref name="to"/>): letters and digits, with
    /// inner ' ’ - kept ("x-ray", "crohn's"). Read as they are walked, so callers that only test words allocate nothing.
    /// </summary>
    public static WordWalk Words(string text, int from, int to) => new(text, from, to);
}
