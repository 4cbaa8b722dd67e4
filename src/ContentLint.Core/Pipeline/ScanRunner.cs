using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>Reads and scans many files in parallel and gathers one <see cref="ScanReport"/> in a stable order.</summary>
public static class ScanRunner
{
    /// <summary>Loads each item with <paramref name="load"/> (in parallel, so reading overlaps scanning) and scans it.</summary>
    public static ScanReport Run<T>(Scanner scanner, IReadOnlyList<T> items, Func<T, ScanInput> load)
    {
        ArgumentNullException.ThrowIfNull(scanner);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(load);
        var results = items
            .AsParallel()
            .AsOrdered()
            .Select(item => ScanOne(scanner, load(item)))
            .ToList();

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        diagnostics.Sort(DiagnosticOrder.Compare);
        return new ScanReport(
            diagnostics,
            FilesScanned: results.Count(r => r.Scanned),
            FilesNotScanned: results.Count(r => !r.Scanned),
            HadToolError: results.Any(r => r.InternalError));
    }

    private static FileScanResult ScanOne(Scanner scanner, ScanInput input)
    {
        var result = input.File is { } file
            ? scanner.Scan(file)
            : new FileScanResult(input.Path, [new Diagnostic(ToolCodes.FileNotScanned, input.ProblemSeverity, input.Path, null, input.Problem ?? "not scanned")], Scanned: false);
        return input.Commit is { } commit
            ? result with { Diagnostics = [.. result.Diagnostics.Select(d => d with { Commit = commit })] }
            : result;
    }
}
