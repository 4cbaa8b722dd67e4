using ContentLint.Core.Model;
using ContentLint.Core.Rules;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Suppression;

/// <summary>Reads the page-level <c>contentlint: { disable: [RULE…], reason: "…" }</c> front-matter block.</summary>
internal static class FrontMatterSuppressions
{
    public const string Key = "contentlint";

    public static void Read(FrontMatter frontMatter, int textLength, RuleCatalog catalog, List<InlineSuppression> suppressions, List<SuppressionProblem> problems)
    {
        var entry = frontMatter.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: Key });
        if (entry.Key is null)
        {
            return;
        }

        var (keyStart, keyEnd) = Span(frontMatter, entry.Key);
        if (entry.Value is not YamlMappingNode mapping)
        {
            problems.Add(new SuppressionProblem(keyStart, keyEnd, "invalid suppression: 'contentlint' must be a mapping such as { disable: [PHI004], reason: \"...\" }"));
            return;
        }

        YamlNode? disable = null;
        string? reason = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            switch (name)
            {
                case "disable":
                    disable = value;
                    break;
                case "reason":
                    reason = (value as YamlScalarNode)?.Value;
                    break;
                default:
                    var (s, e) = Span(frontMatter, keyNode);
                    problems.Add(new SuppressionProblem(s, e, "invalid suppression: unknown key under 'contentlint' (expected disable or reason)"));
                    break;
            }
        }

        var ids = new List<string>();
        foreach (var item in Items(disable))
        {
            var (s, e) = Span(frontMatter, item);
            var value = (item as YamlScalarNode)?.Value ?? string.Empty;
            ids.AddRange(RuleListReader.Read(value, 0, value.Length, catalog, (_, _) => problems.Add(new SuppressionProblem(s, e, RuleListReader.UnknownRule))));
        }

        var (at, to) = disable is null ? (keyStart, keyEnd) : Span(frontMatter, disable);
        if (ids.Count == 0 && !problems.Any(p => p.Start >= at && p.End <= to))
        {
            problems.Add(new SuppressionProblem(at, to, "invalid suppression: 'contentlint.disable' needs a rule list, e.g. disable: [PHI004]"));
        }

        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            suppressions.Add(new InlineSuppression(SuppressionKind.Page, id, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), keyStart, keyEnd, 0, textLength + 1));
        }
    }

    private static IEnumerable<YamlNode> Items(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children,
        YamlScalarNode scalar => [scalar],
        _ => [],
    };

    private static (int Start, int End) Span(FrontMatter frontMatter, YamlNode node) =>
        (frontMatter.OffsetOf(node), frontMatter.ContentStart + (int)node.End.Index);
}
