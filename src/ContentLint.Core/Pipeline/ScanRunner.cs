using ContentLint.Core.Model;
using ContentLint.Core.Profile;

namespace ContentLint.Core.Pipeline;

/// <summary>Reads and scans many files in parallel and gathers one <see cref="ScanReport"/> in a stable order.</summary>
public static class ScanRunner
{
    /// <summary>Loads each item with <paramref name="load"/> (in parallel, so reading overlaps scanning) and scans it.</summary>
    /// <param name="scanner">The scanner; its <see cref="ScanOptions.Images"/> is where image bytes are read.</param>
    /// <param name="items">The content files (Markdown, HTML) to scan.</param>
    /// <param name="load">Reads one item's text (from the working tree, the index or a commit).</param>
    /// <param name="images">
    /// Repository-relative paths of image files whose own metadata findings are reported (on the image, line 1). They
    /// are scanned after the pages, so that a capture date is reported only when a scanned patient page shows the image.
    /// Images that pages show are read through <see cref="ScanOptions.Images"/> whether or not they are listed here.
    /// </param>
    /// <param name="wholeSite">True when <paramref name="items"/> are the whole site: runs site-level rules (WEB006).</param>
    /// <param name="compactEvery">
    /// Run one blocking, compacting collection per this many scanned files (null: never). A host whose garbage collector
    /// lets the old generation grow with the findings (the CLI's server GC) bounds its peak memory with it.
    /// </param>
    public static ScanReport Run<T>(Scanner scanner, IReadOnlyList<T> items, Func<T, ScanInput> load, IReadOnlyList<string>? images = null, bool wholeSite = false, int? compactEvery = null)
    {
        ArgumentNullException.ThrowIfNull(scanner);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(load);
        if (images is { Count: > 0 } && !scanner.HasImageSource)
        {
            throw new ArgumentException("Images to scan need an image source (ScanOptions.Images).", nameof(images));
        }

        // The first pass scans every page and learns what the site's team, contact and layout pages say about the
        // practice (SiteRoster). The roster only takes findings back (a clinician's name, the practice's own number),
        // so a page is scanned again with it only when one of its findings is such a value; the others are final.
        var session = SiteSession.Learning();
        var results = new List<FileScanResult>(items.Count + (images?.Count ?? 0));
        var scanned = 0;
        results.AddRange(InParallel(items, item =>
        {
            var result = ScanOne(scanner, load(item), session);
            if (compactEvery is { } every && Interlocked.Increment(ref scanned) % every == 0)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }

            return result;
        }));
        ApplyRoster(scanner, items, load, results, session.FreezeRoster());
        results.AddRange(InParallel(images ?? [], path => scanner.ScanImage(path, session)));

        var diagnostics = results.SelectMany(r => r.Diagnostics).ToList();
        if (wholeSite)
        {
            diagnostics.AddRange(scanner.SiteFindings(session));
        }

        diagnostics.Sort(DiagnosticOrder.Compare);
        return new ScanReport(
            diagnostics,
            FilesScanned: results.Count(r => r.Scanned),
            FilesNotScanned: results.Count(r => !r.Scanned),
            HadToolError: results.Any(r => r.InternalError));
    }

    /// <summary>
    /// Maps every item on all cores and keeps input order. Pages differ a lot in cost, so the work is handed out
    /// dynamically (Parallel.For takes small, growing ranges and helps with the others' when its own runs out): with
    /// PLINQ's static halves of a list, one core sat idle for the last tenth of a 10,000-page scan.
    /// </summary>
    private static TResult[] InParallel<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> map)
    {
        var results = new TResult[items.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        try
        {
            Parallel.For(0, items.Count, options, i => results[i] = map(items[i]));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The first failure as it was thrown, like a sequential loop, not wrapped by the parallel loop.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        return results;
    }

    /// <summary>
    /// What the site says about itself (<see cref="SiteRoster"/>), learned from <paramref name="items"/> as a scan of
    /// them would: for explaining one page of a site (<c>contentlint why</c>) the way the site's scan judges it.
    /// </summary>
    public static SiteRoster LearnRoster<T>(Scanner scanner, IReadOnlyList<T> items, Func<T, ScanInput> load)
    {
        ArgumentNullException.ThrowIfNull(scanner);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(load);
        // What the first pass of a scan learns, without its detection: the roster does not depend on findings.
        var facts = new SiteRosterFacts();
        InParallel(items, item =>
        {
            if (load(item).File is { } file)
            {
                scanner.Learn(file, facts);
            }

            return true;
        });
        return facts.Build();
    }

    /// <summary>
    /// Scans again, with <paramref name="roster"/>, the pages of <paramref name="results"/> that have a finding the
    /// roster takes back, and replaces their results. What the first pass recorded for site-level rules and image
    /// uses stands: a page's forms, links, consent scope and the images it shows do not depend on the roster.
    /// </summary>
    private static void ApplyRoster<T>(Scanner scanner, IReadOnlyList<T> items, Func<T, ScanInput> load, List<FileScanResult> results, SiteRoster roster)
    {
        var allow = new SiteRosterAllowList(roster);
        var again = new List<int>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].RosterValues is { } values)
            {
                if (allow.AffectsAny(values))
                {
                    again.Add(i);
                }

                results[i] = results[i] with { RosterValues = null };
            }
        }

        if (again.Count == 0)
        {
            return;
        }

        var session = new SiteSession();
        session.UseRoster(roster);
        var rescanned = InParallel(again, i => ScanOne(scanner, load(items[i]), session));
        for (var k = 0; k < again.Count; k++)
        {
            results[again[k]] = rescanned[k];
        }
    }

    private static FileScanResult ScanOne(Scanner scanner, ScanInput input, SiteSession session)
    {
        var result = input.File is { } file
            ? scanner.Scan(file, session)
            : new FileScanResult(input.Path, [new Diagnostic(ToolCodes.FileNotScanned, input.ProblemSeverity, input.Path, null, input.Problem ?? "not scanned")], Scanned: false);
        return input.Commit is { } commit
            ? result with { Diagnostics = [.. result.Diagnostics.Select(d => d with { Commit = commit })] }
            : result;
    }
}
