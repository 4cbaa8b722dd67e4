namespace ContentLint.Core.Pipeline;

/// <summary>
/// A finding of a scan's first pass that a site roster could take back: its rule and text. A plain struct, not a
/// record: a record would print the text, which may be a patient's.
/// </summary>
internal readonly struct RosterValue(string rule, string text)
{
    public string Rule { get; } = rule;

    public string Text { get; } = text;
}
