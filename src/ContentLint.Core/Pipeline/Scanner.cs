using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Scans one file at a time, in one direction: parse, detect, filter, set severity, redact. Thread-safe, so files
/// can be scanned in parallel.
/// </summary>
public sealed class Scanner
{
    private readonly ScanOptions _options;
    private readonly IReadOnlyList<IDetector> _detectors;
    private readonly AllowListFilter _allowList;

    public Scanner(ScanOptions options, IReadOnlyList<IDetector> detectors)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _detectors = detectors;
        _allowList = new AllowListFilter(options.Config);
    }

    /// <summary>Scans <paramref name="file"/>. Never throws: a failure becomes a <see cref="ToolCodes.InternalError"/> diagnostic.</summary>
    public FileScanResult Scan(SourceFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            var document = DocumentParser.Parse(file);
            var diagnostics = new List<Diagnostic>();
            foreach (var problem in document.Problems)
            {
                var (line, column) = document.Lines.GetPosition(problem.SourceOffset);
                diagnostics.Add(new Diagnostic(ToolCodes.ParsedPartially, Severity.Warning, file.Path, new SourceRange(line, column, line, column), problem.Message));
            }

            diagnostics.AddRange(Findings(document));
            diagnostics.Sort(DiagnosticOrder.Compare);
            return new FileScanResult(file.Path, diagnostics);
        }
        catch (Exception ex)
        {
            // Only the exception type: messages of parser exceptions can quote the content.
            var message = $"internal error while scanning this file ({ex.GetType().Name}); please report it";
            return new FileScanResult(file.Path, [new Diagnostic(ToolCodes.InternalError, Severity.Error, file.Path, null, message)], Scanned: false, InternalError: true);
        }
    }

    private IEnumerable<Diagnostic> Findings(ContentDocument document)
    {
        var candidates = new List<Candidate>();
        foreach (var detector in _detectors)
        {
            detector.Detect(document, candidates);
        }

        var seen = new HashSet<(string, int, int)>();
        foreach (var candidate in candidates)
        {
            if (_options.Catalog.Find(candidate.RuleId) is not { } rule || _allowList.IsAllowed(candidate))
            {
                continue;
            }

            if (SeverityPolicy.Resolve(rule, _options.Config, candidate.Confidence) is not { } severity)
            {
                continue;
            }

            var (start, end) = candidate.Segment.ToSource(candidate.Start, candidate.Length);
            if (!seen.Add((rule.Id, start, end)))
            {
                continue;
            }

            var message = _options.ShowMatches
                ? $"{rule.Message}: \"{candidate.MatchedText.ReplaceLineEndings(" ")}\""
                : $"{rule.Message}: {Redactor.Shape(candidate.MatchedText)}";
            yield return new Diagnostic(rule.Id, severity, document.File.Path, document.Lines.GetRange(start, end), message);
        }
    }
}
