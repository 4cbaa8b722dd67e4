namespace ContentLint.Core.Suppression;

/// <summary>The keyword a suppression comment starts with.</summary>
internal enum DirectiveKeyword
{
    DisableNextLine,
    Disable,
    Enable,
}
