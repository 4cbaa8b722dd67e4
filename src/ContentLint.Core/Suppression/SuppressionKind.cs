namespace ContentLint.Core.Suppression;

/// <summary>How a suppression was written, which decides what it covers.</summary>
public enum SuppressionKind
{
    /// <summary><c>&lt;!-- contentlint-disable-next-line RULE --&gt;</c>: the next non-blank line.</summary>
    NextLine,
    /// <summary><c>&lt;!-- contentlint-disable RULE --&gt;</c> up to <c>contentlint-enable</c> or the end of the file.</summary>
    Range,
    /// <summary>Front matter <c>contentlint: { disable: [RULE] }</c>: the whole page.</summary>
    Page,
}
