namespace ContentLint.Git.Hooks;

/// <summary>A tool that owns the repository's hooks, where ContentLint should be added as one more step.</summary>
public enum HookManager
{
    None,
    Husky,
    HuskyNet,
    PreCommitFramework,
}
