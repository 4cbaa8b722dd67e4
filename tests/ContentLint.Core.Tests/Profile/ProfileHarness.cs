using ContentLint.Core.Config;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Profile;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Profile;

/// <summary>Profiles one page the way the scanner does, with the built-in vocabulary.</summary>
internal static class ProfileHarness
{
    private static readonly PageProfiler Default = new(ContentLintConfig.Default(Path.GetTempPath()), RuleCatalog.Default);

    public static PageProfile Of(string path, string text, ContentLintConfig? config = null)
    {
        var profiler = config is null ? Default : new PageProfiler(config, RuleCatalog.Default);
        return profiler.Profile(DocumentParser.Parse(new SourceFile(path, text)), path);
    }
}
