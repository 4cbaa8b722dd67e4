using System.Collections.Concurrent;
using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Profile;
using ContentLint.Core.Web;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// What one scan learns across files while pages are scanned in parallel: which pages show which image (so an image's
/// own findings know whether a patient page shows it, and what consent covers it), each page's facts for the
/// site-level rules, and what the site says about itself (<see cref="SiteRoster"/>). One per
/// <see cref="ScanRunner.Run{T}"/> call.
/// </summary>
internal sealed class SiteSession
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<ImageUse>> _uses = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<PageFacts> _pages = [];

    /// <summary>A session that learns a roster from the pages it scans (the first pass of a whole scan).</summary>
    public static SiteSession Learning() => new() { Facts = new SiteRosterFacts() };

    /// <summary>Where the pages scanned add what they say about the practice, or null once the roster is frozen.</summary>
    public SiteRosterFacts? Facts { get; private set; }

    /// <summary>What the site says about itself; empty while it is being learned.</summary>
    public SiteRoster Roster { get; private set; } = SiteRoster.Empty;

    /// <summary>The practice's learned contact details as an allow list, built once for <see cref="Roster"/>.</summary>
    public SiteRosterAllowList RosterAllowList { get; private set; } = new(SiteRoster.Empty);

    /// <summary>Freezes what the pages said into the roster pages are judged with from now on.</summary>
    public SiteRoster FreezeRoster()
    {
        UseRoster(Facts?.Build() ?? SiteRoster.Empty);
        return Roster;
    }

    /// <summary>Sets the roster every page of the session is judged with; it learns nothing more.</summary>
    public void UseRoster(SiteRoster roster)
    {
        Facts = null;
        Roster = roster;
        RosterAllowList = new SiteRosterAllowList(roster);
    }

    public void AddUse(string imagePath, ImageUse use) => _uses.GetOrAdd(imagePath, _ => []).Add(use);

    public IReadOnlyList<ImageUse> UsesOf(string imagePath) => _uses.TryGetValue(imagePath, out var uses) ? [.. uses] : [];

    public void AddPage(PageFacts page) => _pages.Add(page);

    public IReadOnlyList<PageFacts> Pages => [.. _pages.OrderBy(p => p.Path, StringComparer.Ordinal)];
}
