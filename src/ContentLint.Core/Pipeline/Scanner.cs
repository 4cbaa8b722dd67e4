using ContentLint.Core.Consent;
using ContentLint.Core.Detection;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Profile;
using ContentLint.Core.Rules;
using ContentLint.Core.Suppression;
using ContentLint.Core.Web;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Scans one file at a time, in one direction: parse, detect, filter, set severity, redact. Thread-safe, so files
/// can be scanned in parallel.
/// </summary>
public sealed class Scanner
{
    private const int ParallelDetectionThreshold = 1 << 20;

    private readonly ScanOptions _options;
    private readonly IReadOnlyList<IDetector> _detectors;
    private readonly AllowListFilter _allowList;
    private readonly ConsentEvaluator _consent;
    private readonly Fingerprinter? _fingerprinter;
    private readonly PageContextReader _pages;
    private readonly Profile.PageProfiler _profiler;
    private readonly SiteRosterLearner _roster;
    private readonly WebHazardDetector _web;
    private readonly PolicyPages _policyPages;
    private readonly ImageReferenceStage _imageReferences;
    private readonly ImageFileScanner _imageFiles;
    private readonly MarkdownRenderer _renderer;

    public Scanner(ScanOptions options, IReadOnlyList<IDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _detectors = detectors;
        _allowList = new AllowListFilter(options.Config);
        _consent = new ConsentEvaluator(options.Config);
        _fingerprinter = options.FingerprintKey is { } key ? new Fingerprinter([.. key]) : null;
        _pages = new PageContextReader(options.Config, options.Catalog);
        _profiler = new Profile.PageProfiler(options.Config, options.Catalog);
        _roster = new SiteRosterLearner(options.Catalog);
        _web = new WebHazardDetector(options.Config, options.Catalog, SignatureSet.Default);
        _policyPages = new PolicyPages(options.Config, options.Catalog);
        var images = options.Images is { } source ? new ImageLibrary(source, options.Catalog) : null;
        _imageReferences = new ImageReferenceStage(images, ImageReferenceResolver.For(options));
        _imageFiles = new ImageFileScanner(options, images, _allowList, _fingerprinter);
        _renderer = MarkdownRenderers.Of(options.Config.BaseDirectory);
    }

    /// <summary>True when <see cref="ScanOptions.Images"/> gives image bytes to read.</summary>
    internal bool HasImageSource => _options.Images is not null;

    /// <summary>Scans <paramref name="file"/> alone. Never throws: a failure becomes a <see cref="ToolCodes.InternalError"/> diagnostic.</summary>
    public FileScanResult Scan(SourceFile file) => Scan(file, (SiteSession?)null);

    /// <summary>
    /// Scans <paramref name="file"/> as a page of a site whose <paramref name="roster"/> is known (see
    /// <see cref="ScanRunner.LearnRoster{T}"/>): what <c>contentlint why</c> explains.
    /// </summary>
    public FileScanResult Scan(SourceFile file, SiteRoster roster)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var session = new SiteSession();
        session.UseRoster(roster);
        return Scan(file, session);
    }

    /// <summary>
    /// Scans <paramref name="file"/>, recording in <paramref name="session"/> what later image and site checks need,
    /// and, while the session learns its roster, what the page says about the practice.
    /// </summary>
    internal FileScanResult Scan(SourceFile file, SiteSession? session)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var document = DocumentParser.Parse(file, _renderer);
            var diagnostics = new List<Diagnostic>();
            foreach (var problem in document.Problems)
            {
                var (line, column) = document.Lines.GetPosition(problem.SourceOffset);
                diagnostics.Add(new Diagnostic(ToolCodes.ParsedPartially, Severity.Warning, file.Path, new SourceRange(line, column, line, column), problem.Message));
            }

            var page = Findings(document, session);
            diagnostics.AddRange(page.Diagnostics);
            diagnostics.Sort(DiagnosticOrder.Compare);
            return new FileScanResult(file.Path, diagnostics) { Profile = document.Profile, ConsentScope = page.ConsentScope, RosterValues = page.RosterValues };
        }
        catch (Exception ex)
        {
            // Only the exception type: messages of parser exceptions can quote the content.
            var message = $"internal error while scanning this file ({ex.GetType().Name}); please report it";
            return new FileScanResult(file.Path, [new Diagnostic(ToolCodes.InternalError, Severity.Error, file.Path, null, message)], Scanned: false, InternalError: true);
        }
    }

    /// <summary>
    /// Adds what <paramref name="file"/> says about the practice to <paramref name="facts"/>, as the first pass of a
    /// scan does before detection, without detecting anything: parsed and profiled only.
    /// </summary>
    internal void Learn(SourceFile file, Profile.SiteRosterFacts facts)
    {
        try
        {
            var document = DocumentParser.Parse(file, _renderer);
            document.Profile = _profiler.Profile(document, _options.ConfigRelativePath(file.Path));
            _roster.Learn(document, facts);
        }
        catch (Exception)
        {
            // A page that cannot be read teaches nothing; its scan reports the failure (as an internal error).
        }
    }

    /// <summary>Scans the image at <paramref name="path"/> (read through <see cref="ScanOptions.Images"/>) after the pages of the session.</summary>
    internal FileScanResult ScanImage(string path, SiteSession session)
    {
        try
        {
            return _imageFiles.Scan(path, session);
        }
        catch (Exception ex)
        {
            var message = $"internal error while scanning this file ({ex.GetType().Name}); please report it";
            return new FileScanResult(path, [new Diagnostic(ToolCodes.InternalError, Severity.Error, path, null, message)], Scanned: false, InternalError: true);
        }
    }

    /// <summary>The site-level findings (WEB006) once every page of a whole-site scan has been scanned.</summary>
    internal IReadOnlyList<Diagnostic> SiteFindings(SiteSession session) => PolicyPageCheck.Findings(session.Pages, _options, _fingerprinter);

    private PageFindings Findings(ContentDocument document, SiteSession? session)
    {
        var configPath = _options.ConfigRelativePath(document.File.Path);
        document.Profile = _profiler.Profile(document, configPath) with { Site = session?.Roster ?? SiteRoster.Empty };
        if (session?.Facts is { } facts)
        {
            _roster.Learn(document, facts);
        }
        var page = _pages.Read(document, configPath);
        var candidates = Detect(document);
        var (imageCandidates, shownImages) = _imageReferences.Find(document, page);
        candidates.AddRange(imageCandidates);
        var engages = _web.Detect(document, page, candidates);
        session?.AddPage(new PageFacts(document.File.Path, configPath, _policyPages.IsPolicyPage(document, configPath), _policyPages.LinksToPolicy(document), engages));
        var findings = Filter(candidates, session?.RosterAllowList, document.IsRepositoryFile);

        // Counted before suppressions, so that suppressing one occurrence leaves the others' fingerprints alone.
        var occurrences = _fingerprinter is null ? null : Occurrences(findings);

        // Inline suppressions come after allow lists and before consent: a suppressed false positive demands no consent.
        var suppressions = SuppressionReader.Read(document, _options.Catalog);
        findings.RemoveAll(f => suppressions.Suppress(f.Rule.Id, f.Start) is not null);
        // Only identifiers count for consent (not WEB hazards); an image's metadata makes a page need consent only on a
        // patient page, where it may be the patient's photo (elsewhere it is mostly the office's own camera).
        var fromImages = new HashSet<Candidate>(imageCandidates, ReferenceEqualityComparer.Instance);
        var identifiers = findings.Where(f => f.Rule.SafeHarborItem is not null)
            .Select(f => (Finding: f, Consent: ConsentFindingOf(f, !document.IsRepositoryFile && (page.NeedsConsent || !fromImages.Contains(f.Candidate)))))
            .ToList();
        // Each story record of a data or code file has its own consent; what lies outside them is the file's.
        var consent = _consent.EvaluateFile(document, [.. identifiers.Select(i => (i.Finding.Start, i.Consent))], _options.Today);
        var verdict = consent.Page;
        foreach (var image in shownImages)
        {
            session?.AddUse(image, new ImageUse(page.NeedsConsent, verdict.CoveredScope));
        }

        var diagnostics = new List<Diagnostic>(findings.Count + consent.All.Sum(v => v.Verdict.Diagnostics.Count));
        foreach (var finding in findings)
        {
            // Identifiers a valid consent covers are at most notes (CONTRACT §6).
            var (findingVerdict, record) = consent.At(finding.Start);
            var covered = findingVerdict.Covers(finding.Rule.Scope);
            var matched = finding.Candidate.MatchedText;
            diagnostics.Add(new Diagnostic(finding.Rule.Id, covered ? Severity.Note : finding.Severity, document.File.Path, document.Lines.GetRange(finding.Start, finding.End), FindingMessage(finding.Rule, finding.Candidate, !covered ? null : record is null ? "page" : "record"))
            {
                Fingerprint = occurrences is null ? null : _fingerprinter!.Compute(finding.Rule.Id, document.File.Path, matched, occurrences[finding]),
                Confidence = finding.Candidate.Confidence,
                Reason = finding.Candidate.Reason,
            });
        }

        var pageOccurrences = new Dictionary<(string, string), int>();
        foreach (var (recordVerdict, record) in consent.All)
        {
            // A page-level finding matches no text: rule, path and occurrence identify it. A record's is identified by
            // the record's own text (hashed, never stored), so that a record added above it leaves its baseline alone.
            var identity = record is null ? string.Empty : document.File.Text[record.Start..record.End];
            foreach (var (ruleId, offset, detail) in recordVerdict.Diagnostics)
            {
                if (_options.Catalog.Find(ruleId) is { } rule && SeverityPolicy.Resolve(rule, _options.Config, Confidence.High) is { } severity
                    && suppressions.Suppress(rule.Id, offset) is null)
                {
                    var message = detail.Length == 0 ? rule.Message : $"{rule.Message}: {detail}";
                    var occurrence = pageOccurrences.GetValueOrDefault((rule.Id, identity));
                    pageOccurrences[(rule.Id, identity)] = occurrence + 1;
                    diagnostics.Add(new Diagnostic(rule.Id, severity, document.File.Path, document.Lines.GetRange(offset, offset), message)
                    {
                        Fingerprint = _fingerprinter?.Compute(rule.Id, document.File.Path, identity, occurrence),
                        Confidence = Confidence.High,
                        Reason = record is null
                            ? ConsentReason.For(rule.Id, document.Profile, [.. identifiers.Where(i => i.Consent.Certain).Select(i => (i.Finding.Rule.Id, document.Lines.GetPosition(i.Finding.Start).Line))])
                            : ConsentReason.ForRecord(rule.Id),
                    });
                }
            }
        }

        diagnostics.AddRange(SuppressionDiagnostics.For(suppressions, document));
        return new PageFindings(diagnostics, verdict.CoveredScope, session?.Facts is null ? null : RosterValues(findings));
    }

    /// <summary>
    /// A finding as consent sees it. Medium confidence is enough to need a consent scope or to contradict a
    /// de-identified claim; only high confidence makes a page that is not a story need consent at all (no cascade).
    /// </summary>
    /// <param name="counts">False for an image's metadata off a patient page: mostly the office's own camera.</param>
    private static ConsentFinding ConsentFindingOf(PendingFinding finding, bool counts)
    {
        var confidence = finding.Candidate.Confidence;
        return new ConsentFinding(finding.Rule, counts && confidence >= Confidence.Medium, counts && confidence == Confidence.High);
    }

    /// <summary>The one place matched text meets a message: redacted to its shape unless the user asked to see matches.</summary>
    /// <param name="coveredBy">What consent covers the finding ("page", "record"), or null when none does.</param>
    private string FindingMessage(RuleDefinition rule, Candidate candidate, string? coveredBy)
    {
        // A detail names what was found without page text (a tracker, an image tag): image metadata is never shown.
        var matched = candidate.MatchedText;
        var shown = candidate.Detail ?? (_options.ShowMatches ? $"\"{matched.ReplaceLineEndings(" ")}\"" : Redactor.Shape(matched));
        return $"{rule.Message}: {shown}" + (coveredBy is null ? string.Empty : $" (covered by the {coveredBy}'s consent)");
    }

    /// <summary>
    /// Runs every detector. Files are already scanned in parallel; a single large file (one huge page, a generated
    /// archive) would leave the other cores idle, so its detectors run side by side. Results keep detector order.
    /// </summary>
    private List<Candidate> Detect(ContentDocument document)
    {
        if (document.File.Text.Length < ParallelDetectionThreshold || _detectors.Count < 2)
        {
            var candidates = new List<Candidate>();
            foreach (var detector in _detectors)
            {
                detector.Detect(document, candidates);
            }

            return candidates;
        }

        var perDetector = new List<Candidate>[_detectors.Count];
        Parallel.For(0, _detectors.Count, i =>
        {
            perDetector[i] = [];
            _detectors[i].Detect(document, perDetector[i]);
        });
        return [.. perDetector.SelectMany(list => list)];
    }

    /// <summary>Allow lists, severity and de-duplication: what is left are the findings to report.</summary>
    /// <param name="roster">The practice's contact details the site's own pages gave, or null.</param>
    /// <param name="repositoryFile">The file is plain text, no page of the site (<see cref="ContentDocument.IsRepositoryFile"/>).</param>
    private List<PendingFinding> Filter(List<Candidate> candidates, SiteRosterAllowList? roster, bool repositoryFile)
    {
        var findings = new List<PendingFinding>();
        var seen = new HashSet<(string, int, int)>();
        RepositoryFilePolicy? repositoryPolicy = null;
        foreach (var candidate in candidates)
        {
            if (_options.Catalog.Find(candidate.RuleId) is not { } rule || _allowList.IsAllowed(candidate) || roster?.IsAllowed(candidate) == true)
            {
                continue;
            }

            // The site's frame (navigation, the page's own header and footer) repeats the practice's details on every
            // page: an identifier there is the page's business only when found with high confidence.
            if (candidate.Segment.InPageChrome && rule.SafeHarborItem is not null && candidate.Confidence < Confidence.High)
            {
                continue;
            }

            if (repositoryFile && !(repositoryPolicy ??= new RepositoryFilePolicy(candidates)).Keeps(candidate))
            {
                continue;
            }

            if (SeverityPolicy.Resolve(rule, _options.Config, candidate.Confidence) is not { } severity)
            {
                continue;
            }

            var (start, end) = candidate.Segment.ToSource(candidate.Start, candidate.Length);
            if (seen.Add((rule.Id, start, end)))
            {
                findings.Add(new PendingFinding(rule, candidate, start, end, severity));
            }
        }

        return findings;
    }

    /// <summary>
    /// Each finding's occurrence index among findings of the same rule and text, in source order: the fingerprint's
    /// way to tell two identical values apart without a line number.
    /// </summary>
    private static Dictionary<PendingFinding, int> Occurrences(List<PendingFinding> findings)
    {
        var counts = new Dictionary<(string, string), int>();
        var indexes = new Dictionary<PendingFinding, int>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings.OrderBy(f => f.Start).ThenBy(f => f.End))
        {
            var key = (finding.Rule.Id, Config.WhitespaceNormalizer.Normalize(finding.Candidate.MatchedText));
            var index = counts.GetValueOrDefault(key);
            counts[key] = index + 1;
            indexes[finding] = index;
        }

        return indexes;
    }

    /// <summary>
    /// The findings a site roster could take back (names; addresses, phone and fax numbers, e-mail addresses), as rule
    /// and text, or null when there are none: after the first pass, only a page with one the roster affects is scanned
    /// again (<see cref="SiteRosterAllowList.AffectsAny"/>).
    /// </summary>
    private static List<RosterValue>? RosterValues(List<PendingFinding> findings)
    {
        List<RosterValue>? values = null;
        foreach (var finding in findings)
        {
            if (SiteRosterAllowList.CanAffect(finding.Rule.Id))
            {
                (values ??= []).Add(new RosterValue(finding.Rule.Id, finding.Candidate.MatchedText));
            }
        }

        return values;
    }

    /// <summary>A page's diagnostics, the scope of its valid consent (for <c>contentlint why</c>), and the findings a roster could take back.</summary>
    private sealed record PageFindings(List<Diagnostic> Diagnostics, IReadOnlySet<string> ConsentScope, List<RosterValue>? RosterValues);

    private sealed record PendingFinding(RuleDefinition Rule, Candidate Candidate, int Start, int End, Severity Severity);
}
