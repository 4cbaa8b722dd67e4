namespace ContentLint.Git.Hooks;

/// <summary>How to add ContentLint to a hook manager's own configuration.</summary>
public static class HookManagerAdvice
{
    /// <summary>Instructions for <paramref name="manager"/>, several lines, ready to print.</summary>
    public static string For(HookManager manager) => manager switch
    {
        HookManager.Husky => """
            This repository uses Husky, which owns the git hooks. Add ContentLint to .husky/pre-commit instead:
                contentlint scan --staged
            (or 'dotnet tool run contentlint scan --staged' when ContentLint is a local tool).
            """,
        HookManager.HuskyNet => """
            This repository uses Husky.Net, which owns the git hooks. Add a task to .husky/task-runner.json:
                { "name": "contentlint", "group": "pre-commit", "command": "dotnet",
                  "args": ["tool", "run", "contentlint", "scan", "--staged"] }
            and run it from .husky/pre-commit with 'dotnet husky run --group pre-commit'.
            """,
        HookManager.PreCommitFramework => """
            This repository uses the pre-commit framework, which owns .git/hooks/pre-commit. Add ContentLint to
            .pre-commit-config.yaml (its .pre-commit-hooks.yaml uses language: dotnet):
                - repo: https://github.com/contentlint/contentlint
                  rev: v0.1.0
                  hooks:
                    - id: contentlint
            or, with ContentLint installed as a dotnet tool, a local hook:
                - repo: local
                  hooks:
                    - id: contentlint
                      name: ContentLint
                      entry: contentlint scan --staged
                      language: system
                      pass_filenames: false
            """,
        _ => string.Empty,
    };
}
