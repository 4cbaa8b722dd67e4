using System.Globalization;
using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Consent;

/// <summary>Reads and validates the <c>consent</c> block of CONTRACT §6. Messages name keys, never values.</summary>
internal static class ConsentBlockReader
{
    internal static readonly HashSet<string> Keys = new(StringComparer.Ordinal)
    {
        "status", "form_id", "signed", "expires", "scope", "approved_by",
    };

    // The keys in the order the documentation lists them, for messages.
    private static readonly string[] KeyOrder = ["status", "form_id", "signed", "expires", "scope", "approved_by"];

    /// <summary>The block, or null when the front matter has no <c>consent</c> key.</summary>
    public static ConsentBlock? Read(FrontMatter frontMatter, IReadOnlySet<string> reviewers)
    {
        var entry = frontMatter.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "consent" });
        if (entry.Key is null)
        {
            return null;
        }

        var blockOffset = frontMatter.OffsetOf(entry.Key);
        if (entry.Value is not YamlMappingNode mapping)
        {
            return new ConsentBlock(blockOffset, null, null, new HashSet<string>(), new Dictionary<string, int>(),
                [new ConsentProblem("consent", blockOffset, "must be a mapping of status, form_id, signed, expires, scope and approved_by")]);
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<ConsentProblem>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            offsets[key] = frontMatter.OffsetOf(keyNode);
            if (!Keys.Contains(key))
            {
                // The key is whatever someone typed, maybe a patient's name: pointed at, never printed.
                problems.Add(new ConsentProblem("consent", offsets[key], $"{Config.KeySuggestion.UnknownKey(key, KeyOrder)} at 'consent'"));
                continue;
            }

            values[key] = value;
        }

        var status = Scalar(values, "status");
        if (status is not ("granted" or "revoked"))
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "status", status is null ? "is missing" : "must be granted or revoked"));
        }

        if (string.IsNullOrWhiteSpace(Scalar(values, "form_id")))
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "form_id", "is missing (the reference to the signed authorization)"));
        }

        var signed = Date(values, "signed");
        if (signed is null)
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "signed", values.ContainsKey("signed") ? "is not a date (YYYY-MM-DD)" : "is missing"));
        }

        var expires = Date(values, "expires");
        if (values.ContainsKey("expires") && expires is null)
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "expires", "is not a date (YYYY-MM-DD)"));
        }
        else if (expires is { } end && signed is { } start && end < start)
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "expires", "is before signed"));
        }

        var scope = ReadScope(frontMatter, values, offsets, blockOffset, problems);
        var approver = Scalar(values, "approved_by");
        if (string.IsNullOrWhiteSpace(approver))
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "approved_by", "is missing"));
        }
        else if (!reviewers.Contains(ReviewerName.Normalize(approver)))
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "approved_by", "is not one of privacy_reviewers in the configuration"));
        }

        return new ConsentBlock(blockOffset, status, expires, scope, offsets, problems);
    }

    private static HashSet<string> ReadScope(FrontMatter frontMatter, Dictionary<string, YamlNode> values, Dictionary<string, int> offsets, int blockOffset, List<ConsentProblem> problems)
    {
        var scope = new HashSet<string>(StringComparer.Ordinal);
        if (!values.TryGetValue("scope", out var node))
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "scope", "is missing"));
            return scope;
        }

        if (node is not YamlSequenceNode sequence)
        {
            problems.Add(Problem(frontMatter, values, offsets, blockOffset, "scope", "must be a list of scope words"));
            return scope;
        }

        foreach (var item in sequence.Children)
        {
            var word = (item as YamlScalarNode)?.Value?.Trim().ToLowerInvariant() ?? string.Empty;
            if (ConsentScope.Words.Contains(word))
            {
                scope.Add(word);
            }
            else
            {
                problems.Add(new ConsentProblem("scope", frontMatter.OffsetOf(item), $"consent.scope has an unknown scope word (known: {string.Join(", ", ConsentScope.Words)})"));
            }
        }

        return scope;
    }

    private static ConsentProblem Problem(FrontMatter frontMatter, Dictionary<string, YamlNode> values, Dictionary<string, int> offsets, int blockOffset, string key, string what)
    {
        // Point at the value when there is one, else at the key, else at the block.
        var offset = values.TryGetValue(key, out var node) ? frontMatter.OffsetOf(node) : offsets.GetValueOrDefault(key, blockOffset);
        return new ConsentProblem(key, offset, $"consent.{key} {what}");
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static DateOnly? Date(Dictionary<string, YamlNode> values, string key) =>
        DateOnly.TryParseExact(Scalar(values, key)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
