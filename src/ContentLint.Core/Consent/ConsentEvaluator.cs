using ContentLint.Core.Config;
using ContentLint.Core.Model;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Consent;

/// <summary>
/// The page-level consent rules (CON001–CON005). Runs after the PHI detectors and allow lists, so "the page
/// discloses an identifier" means a finding that survived them. A page gets at most one of CON002/CON003/CON004.
/// CON001 is raised for a patient story (<see cref="PageProfile.IsStory"/>: its kind, <c>consent.required_paths</c> or
/// a CON001 marker) and for any page with a <see cref="ConsentFinding.Certain"/> identifier (docs/consent.md).
/// </summary>
internal sealed class ConsentEvaluator
{
    private readonly HashSet<string> _reviewers;

    public ConsentEvaluator(ContentLintConfig config)
    {
        _reviewers = [.. config.PrivacyReviewers.Select(ReviewerName.Normalize)];
    }

    /// <param name="document">The page, profiled (<see cref="ContentDocument.Profile"/>) by the scanner.</param>
    public ConsentVerdict Evaluate(ContentDocument document, IReadOnlyList<ConsentFinding> findings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(document.FrontMatter, document.Profile.NeedsStoryConsent, findings, today);
    }

    /// <summary>
    /// The consent of a whole file: the page's, and each story record's of a data or code file, each judged on the
    /// identifiers found inside it (those outside every story record are the page's).
    /// </summary>
    /// <param name="findings">Each identifier with the source offset it starts at.</param>
    public FileConsent EvaluateFile(ContentDocument document, IReadOnlyList<(int Offset, ConsentFinding Finding)> findings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(document);
        var profile = document.Profile;
        var byRecord = findings.ToLookup(f => profile.StoryRecordAt(f.Offset));
        var page = Evaluate(document.FrontMatter, profile.NeedsStoryConsent, [.. byRecord[null].Select(f => f.Finding)], today);
        var records = new Dictionary<DataRecord, ConsentVerdict>(ReferenceEqualityComparer.Instance);
        foreach (var record in profile.StoryRecords)
        {
            records[record] = Evaluate(record, [.. byRecord[record].Select(f => f.Finding)], today);
        }

        return new FileConsent(profile, page, records);
    }

    /// <summary>The consent of one story record of a data or code file: its own <c>consent:</c> block, if it can carry one.</summary>
    public ConsentVerdict Evaluate(DataRecord record, IReadOnlyList<ConsentFinding> findings, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(record);
        var verdict = Evaluate(record.Fields, story: true, findings, today);
        // A record's finding with no key at fault points at the record itself, not at the top of the file.
        return verdict with
        {
            Diagnostics = [.. verdict.Diagnostics.Select(d => d.Offset == 0 ? d with { Offset = record.Start, Detail = d.Detail.Length == 0 ? MissingDetail(record) : d.Detail } : d)],
        };
    }

    private static string MissingDetail(DataRecord record) =>
        record.Fields is null && record.Keys.Contains("consent")
            ? "this story record's consent block could not be read (the file is not strict YAML, or its records cannot carry one)"
            : "this story record (a testimonial, a review, a patient's own record) has no consent block";

    /// <param name="frontMatter">The page's front matter or a record's fields, where a consent block is read; null when there is none.</param>
    /// <param name="story">The page or record is a patient's story, which needs consent whatever was found on it.</param>
    public ConsentVerdict Evaluate(FrontMatter? frontMatter, bool story, IReadOnlyList<ConsentFinding> findings, DateOnly today)
    {
        var confident = findings.Where(f => f.Confident).ToList();
        var none = new HashSet<string>();
        if (frontMatter is not null && DeidentifiedClaim(frontMatter) is { } claim)
        {
            if (claim.Value != "safe-harbor")
            {
                return new([("CON002", claim.Offset, "deidentified must be 'safe-harbor'")], none);
            }

            return confident.Count > 0
                ? new([("CON005", claim.Offset, $"found: {Kinds(confident)}")], none)
                : new([], none);
        }

        var block = frontMatter is null ? null : ConsentBlockReader.Read(frontMatter, _reviewers);
        if (block is null)
        {
            // No cascade: a story page needs consent; any other page only for an identifier its detector was sure of.
            var needed = story || findings.Any(f => f.Certain);
            return new(needed ? [("CON001", 0, string.Empty)] : [], none);
        }

        if (block.Problems.Count > 0)
        {
            var first = block.Problems[0];
            var more = block.Problems.Count > 1 ? $" (and {block.Problems.Count - 1} more)" : string.Empty;
            return new([("CON002", first.Offset, first.Message + more)], none);
        }

        if (block.Status == "revoked")
        {
            return new([("CON003", block.OffsetOf("status"), "consent.status is revoked")], none);
        }

        // Consent that expires today is still valid today.
        if (block.Expires is { } expires && expires < today)
        {
            return new([("CON003", block.OffsetOf("expires"), $"consent expired on {expires:yyyy-MM-dd}")], none);
        }

        var uncovered = confident.Where(f => f.Rule.Scope is null || !block.Scope.Contains(f.Rule.Scope)).ToList();
        return uncovered.Count > 0
            ? new([("CON004", block.OffsetOf("scope"), $"not covered: {Kinds(uncovered)}")], block.Scope)
            : new([], block.Scope);
    }

    /// <summary>What the uncovered findings are, as scope words to add or rule names that no scope covers.</summary>
    private static string Kinds(IEnumerable<ConsentFinding> findings) =>
        string.Join(", ", findings.Select(f => f.Rule.Scope is { } scope ? $"{f.Rule.Id} (scope '{scope}')" : $"{f.Rule.Id} (no scope covers it)").Distinct().Order(StringComparer.Ordinal));

    private static (string Value, int Offset)? DeidentifiedClaim(FrontMatter frontMatter)
    {
        var entry = frontMatter.Root.Children.FirstOrDefault(e => e.Key is YamlScalarNode { Value: "deidentified" });
        return entry.Key is null ? null : (((entry.Value as YamlScalarNode)?.Value ?? string.Empty).Trim().ToLowerInvariant(), frontMatter.OffsetOf(entry.Key));
    }
}
