namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Names in one list ("Ana Ruiz, Ines Vogt and Kofi Mensah", "Rosa y Emilio"): the next name of a list whose name
/// before it was reported is the same kind of person (the list's cue or context covers them all).
/// </summary>
internal static class NameLists
{
    public const string Reason = "a name in a list with a patient's";

    /// <summary>Only a list separator between the end of one name and the start of the next.</summary>
    public static bool Continues(string text, int previousEnd, int start)
    {
        if (start <= previousEnd || start - previousEnd > 10)
        {
            return false;
        }

        var gap = text.AsSpan(previousEnd, start - previousEnd).Trim();
        return gap is "," or "and" or ", and" or "&" or "y" or "and to" or ", and to";
    }
}
