using ContentLint.Core.Pipeline;

namespace ContentLint.Core.Reporting;

/// <summary>Writes a scan report in one output format. Reporters only see redacted diagnostics.</summary>
public interface IReporter
{
    void Write(ScanReport report, TextWriter output);
}
