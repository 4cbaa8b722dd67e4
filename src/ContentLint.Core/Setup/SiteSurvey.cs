using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Setup;

/// <summary>
/// Learns a practice's own public details from its site for <c>contentlint init</c>: what the site's configuration
/// files say, and contact details repeated across pages (footers, contact blocks). A patient's number appears on one
/// page; the practice's appears on many. Every proposal is marked for review in the written file.
/// </summary>
public sealed class SiteSurvey(IReadOnlyList<IDetector> detectors)
{
    private const int MinPages = 2;
    private static readonly PageProfile SurveyProfile = new(PageKind.Story, "init survey: every value is a candidate", null);
    private static readonly Regex Url = new(@"https?://([A-Za-z0-9.-]+\.[A-Za-z]{2,})", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex TitleSetting = new(@"(?m)^\s*title\s*[:=]\s*[""']?([^""'\r\n]{2,80})", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
    private static readonly Regex ConsentFolder = new(@"(^|[-_.])(testimonial|stories|story|case-stud|gallery|review|success|before-after)", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex StaffPage = new(@"team|staff|about|provider|doctor|people|our-", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <param name="generator">The recognized site generator.</param>
    /// <param name="pages">Content files, paths relative to the site root.</param>
    /// <param name="siteConfigFiles">The generator's configuration and data files.</param>
    public StarterConfig Survey(SiteGenerator generator, IReadOnlyList<SourceFile> pages, IReadOnlyList<SourceFile> siteConfigFiles)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(siteConfigFiles);
        var seen = new ValueTally();
        var staff = new ValueTally();
        foreach (var page in pages)
        {
            var document = DocumentParser.Parse(page);
            foreach (var candidate in Candidates(document))
            {
                seen.Add(candidate.RuleId, Key(candidate), candidate.MatchedText, page.Path);
                if (candidate.RuleId == "PHI001" && StaffPage.IsMatch(page.Path))
                {
                    staff.Add("PHI001", candidate.MatchedText.ToLowerInvariant(), candidate.MatchedText, page.Path);
                }
            }
        }

        var configSeen = new ValueTally();
        foreach (var file in siteConfigFiles)
        {
            var segment = new SegmentBuilder().AppendVerbatim(file.Text, 0, file.Text.Length).Build(RegionKind.Prose);
            foreach (var candidate in Candidates(new ContentDocument(file, null, [segment], [])))
            {
                configSeen.Add(candidate.RuleId, Key(candidate), candidate.MatchedText, file.Path);
            }
        }

        var domains = Domains(seen, siteConfigFiles);
        return new StarterConfig(
            generator,
            Titles(siteConfigFiles),
            Numbers("PHI004", seen, configSeen),
            Numbers("PHI005", seen, configSeen),
            Emails(seen, configSeen, domains),
            [.. domains.Select(d => new Proposal(d.Value, d.Reason))],
            [.. staff.Values("PHI001").Take(40).Select(v => new Proposal(v.Display, $"named on {v.Where}"))],
            ConsentPaths(pages));
    }

    private List<Candidate> Candidates(ContentDocument document)
    {
        // The survey looks for the practice's own details, which the detectors leave out on the practice's pages:
        // read every page as a story, where every value is a candidate.
        document.Profile = SurveyProfile;
        var candidates = new List<Candidate>();
        foreach (var detector in detectors)
        {
            detector.Detect(document, candidates);
        }

        return candidates;
    }

    private static string Key(Candidate candidate) => candidate.RuleId is "PHI004" or "PHI005"
        ? PhoneDigits.Normalize(candidate.MatchedText)
        : candidate.MatchedText.Trim().ToLowerInvariant();

    private static List<Proposal> Numbers(string ruleId, ValueTally pages, ValueTally config) =>
    [
        .. config.Values(ruleId).Select(v => new Proposal(v.Display, $"in {v.Where}")),
        .. pages.Values(ruleId).Where(v => v.Pages >= MinPages && !config.Contains(ruleId, v.Key))
            .Select(v => new Proposal(v.Display, $"on {v.Pages} pages")),
    ];

    private static List<Proposal> Emails(ValueTally pages, ValueTally config, List<Proposal> domains)
    {
        var proposals = domains.Select(d => new Proposal("*@" + d.Value, d.Reason)).ToList();
        foreach (var value in config.Values("PHI006").Concat(pages.Values("PHI006").Where(v => v.Pages >= MinPages)))
        {
            var domain = value.Key[(value.Key.LastIndexOf('@') + 1)..];
            if (!domains.Any(d => d.Value == domain) && proposals.All(p => p.Value != value.Key))
            {
                proposals.Add(new Proposal(value.Key, $"on {value.Pages} pages"));
            }
        }

        return proposals;
    }

    /// <summary>The site's own domain: from its configuration (base URL, CNAME), or one that several of its addresses share.</summary>
    private static List<Proposal> Domains(ValueTally pages, IReadOnlyList<SourceFile> siteConfigFiles)
    {
        var domains = new List<Proposal>();
        foreach (var file in siteConfigFiles)
        {
            var hosts = file.Path.EndsWith("CNAME", StringComparison.Ordinal) ? [file.Text.Trim()] : Url.Matches(file.Text).Select(m => m.Groups[1].Value);
            foreach (var host in hosts.Select(Bare).Where(h => h.Contains('.', StringComparison.Ordinal)))
            {
                if (domains.All(d => d.Value != host))
                {
                    domains.Add(new Proposal(host, $"in {file.Path}"));
                }
            }
        }

        var shared = pages.Values("PHI006")
            .GroupBy(v => v.Key[(v.Key.LastIndexOf('@') + 1)..], StringComparer.Ordinal)
            .Where(g => g.Count() >= 2 && g.Sum(v => v.Pages) >= MinPages + 1);
        foreach (var group in shared)
        {
            if (domains.All(d => d.Value != group.Key))
            {
                domains.Add(new Proposal(group.Key, $"{group.Count()} addresses on the site share it"));
            }
        }

        return domains;
    }

    private static List<Proposal> Titles(IReadOnlyList<SourceFile> siteConfigFiles) =>
        [.. siteConfigFiles.SelectMany(f => TitleSetting.Matches(f.Text).Select(m => new Proposal(m.Groups[1].Value.Trim(), $"title in {f.Path}")))
            .DistinctBy(p => p.Value).Take(3)];

    private static List<Proposal> ConsentPaths(IReadOnlyList<SourceFile> pages) =>
        [.. pages.Select(p => p.Path)
            .Select(path => (Path: path, Folder: path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : null))
            .Select(p => p.Folder is not null && ConsentFolder.IsMatch(p.Folder[(p.Folder.LastIndexOf('/') + 1)..]) ? p.Folder + "/**"
                : ConsentFolder.IsMatch(p.Path[(p.Path.LastIndexOf('/') + 1)..]) ? p.Path : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(glob => new Proposal(glob, "its name suggests patient stories"))];

    private static string Bare(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..].ToLowerInvariant() : host.ToLowerInvariant();
}
