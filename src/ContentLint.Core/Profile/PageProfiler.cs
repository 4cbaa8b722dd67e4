using ContentLint.Core.Config;
using ContentLint.Core.Consent;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Profile;

/// <summary>
/// Decides each page's <see cref="PageProfile"/>: the first step of this list that names a kind decides it
/// (docs/page-profile.md), and the profile's evidence says which step and which data word.
/// <list type="number">
/// <item>the page matches <c>consent.required_paths</c>: Story;</item>
/// <item>a front-matter value is a CON001 marker (<c>tags: [testimonial]</c>): Story;</item>
/// <item>a folder or the file name names site chrome (<c>_layouts</c>, <c>partials</c>, <c>README</c>): Chrome;</item>
/// <item>a folder or the file name names a patient story (<c>testimonials</c>, <c>smile-gallery</c>): Story;</item>
/// <item>a front-matter value names a patient story: Story;</item>
/// <item>the deepest folder that names a kind;</item>
/// <item>the file name;</item>
/// <item>front matter: layout, type, kind, section, categories, tags, the first value that names a kind;</item>
/// <item>the title's words;</item>
/// <item>the headings' words, when all of them that name a kind name the same one (pages only: a code or data file's
/// headings are a section's, and its story records decide instead);</item>
/// <item>else Other.</item>
/// </list>
/// Built once per scan; thread-safe.
/// </summary>
internal sealed class PageProfiler
{
    /// <summary>The order kinds are tried in at one step: a patient story matters most (consent), then who the people are.</summary>
    internal static readonly PageKind[] KindOrder = [PageKind.Story, PageKind.Staff, PageKind.Policy, PageKind.Contact, PageKind.News, PageKind.Article];

    /// <summary>The evidence of a story the user declared (a required path, a consent marker), which no file format overrides.</summary>
    private const string RequiredPathEvidence = "consent.required_paths";

    private const string MarkerEvidence = " (a CON001 marker)";

    private readonly ContentLintConfig _config;
    private readonly PageKindData _data;
    private readonly HashSet<string> _consentMarkers;
    private readonly KindVocabulary _chrome;
    private readonly KindVocabulary _story;
    private readonly KindVocabulary[] _ordered;
    private readonly StoryRecordJudge _records;

    public PageProfiler(ContentLintConfig config, RuleCatalog catalog)
        : this(config, catalog, PageKindData.Default)
    {
    }

    internal PageProfiler(ContentLintConfig config, RuleCatalog catalog, PageKindData data)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _config = config;
        _data = data;
        _consentMarkers = [.. (catalog.Find("CON001")?.GetList("markers") ?? []).Select(ConsentRequirement.Normalize)];
        _chrome = data.For(PageKind.Chrome);
        _story = data.For(PageKind.Story);
        _ordered = [.. KindOrder.Select(data.For)];
        _records = StoryRecordJudge.Create(data, catalog);
    }

    /// <param name="configRelativePath">The page's path relative to the configuration's base folder.</param>
    public PageProfile Profile(ContentDocument document, string configRelativePath)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = PagePath.Of(configRelativePath, _data.LanguageCodes);
        var holdsRecords = Parsing.FileFormats.HoldsRecords(Parsing.FileFormats.Of(configRelativePath));
        var (kind, evidence) = Kind(document, configRelativePath, path, holdsRecords);
        var declaredByUser = evidence == RequiredPathEvidence || evidence.EndsWith(MarkerEvidence, StringComparison.Ordinal);
        // A story page's component records (an MDX page's <Testimonial />) are its story, under the page's consent.
        var storyRecords = document.Records.Count == 0 || (kind == PageKind.Story && !holdsRecords)
            ? []
            : _records.StoryRecords(document.Records, declaredByUser || InPath(path, _story) is not null);
        // A page that is a story needs consent as a whole. A data or code file named for stories may only render
        // them (a testimonials component): it needs consent for its story records, or where the user says so.
        var needsStoryConsent = kind == PageKind.Story && storyRecords.Count == 0 && (!holdsRecords || declaredByUser);
        if (storyRecords.Count > 0 && kind != PageKind.Story)
        {
            // A file of testimonials is a story file whatever its folder says ("components", "data").
            (kind, evidence) = (PageKind.Story, $"{storyRecords.Count} story record(s) in the file");
        }

        var (language, languageEvidence) = PageLanguage.Of(document, path, _data);
        return new PageProfile(kind, evidence, language)
        {
            StoryRecords = storyRecords,
            NeedsStoryConsent = needsStoryConsent,
            LanguageEvidence = languageEvidence,
            IsFirstPersonStory = kind == PageKind.Story && PageVoice.IsFirstPerson(document),
        };
    }

    /// <param name="holdsRecords">The file is a data or code file (<see cref="Parsing.FileFormats.HoldsRecords"/>).</param>
    private (PageKind Kind, string Evidence) Kind(ContentDocument document, string configRelativePath, PagePath path, bool holdsRecords)
    {
        if (_config.Consent.RequiredPaths.Any(glob => glob.IsMatch(configRelativePath)))
        {
            return (PageKind.Story, RequiredPathEvidence);
        }

        var frontMatter = FrontMatterKindValues.Of(document.FrontMatter).ToList();
        foreach (var (key, value) in frontMatter)
        {
            if (_consentMarkers.Contains(ConsentRequirement.Normalize(value)))
            {
                return (PageKind.Story, $"front matter {key}: {ConsentRequirement.Normalize(value)}{MarkerEvidence}");
            }
        }

        // In code, every file sits in a folder of components: only the file's own name can say it is the site's frame.
        var chrome = holdsRecords
            ? _chrome.Path.FirstIn(path.FileName) is { } name ? $"path file name '{name}'" : null
            : InPath(path, _chrome);
        if (chrome is not null)
        {
            return (PageKind.Chrome, chrome);
        }

        if (InPath(path, _story) is { } storyPath)
        {
            return (PageKind.Story, storyPath);
        }

        if (InFrontMatter(frontMatter, [_story]) is { } storyValue)
        {
            return storyValue;
        }

        for (var i = path.Folders.Count - 1; i >= 0; i--)
        {
            if (First(path.Folders[i], v => v.Path) is { } folder)
            {
                return (folder.Kind, $"path folder '{folder.Phrase}'");
            }
        }

        if (First(path.FileName, v => v.Path) is { } file)
        {
            return (file.Kind, $"path file name '{file.Phrase}'");
        }

        if (InFrontMatter(frontMatter, _ordered) is { } byValue)
        {
            return byValue;
        }

        // A component's headings and title belong to the sections of a page it is composed into, not to the file
        // (an index page's "What our patients say" section): code and data files are profiled by path and records.
        if (holdsRecords)
        {
            return (PageKind.Other, PageProfile.Unknown.Evidence);
        }

        if (PageTitle.Of(document) is { } title && First(ProfileWords.Split(title), v => v.Title) is { } titled)
        {
            return (titled.Kind, $"title words '{titled.Phrase}'");
        }

        return ByHeadings(document) ?? (PageKind.Other, PageProfile.Unknown.Evidence);
    }

    /// <summary>Chrome or Story by any folder or the file name: a template or a story anywhere in the path decides.</summary>
    private static string? InPath(PagePath path, KindVocabulary vocabulary)
    {
        foreach (var folder in path.Folders)
        {
            if (vocabulary.Path.FirstIn(folder) is { } phrase)
            {
                return $"path folder '{phrase}'";
            }
        }

        return vocabulary.Path.FirstIn(path.FileName) is { } name ? $"path file name '{name}'" : null;
    }

    /// <summary>The first value, in key order, that names one of <paramref name="kinds"/>.</summary>
    private static (PageKind Kind, string Evidence)? InFrontMatter(List<(string Key, string Value)> values, IReadOnlyList<KindVocabulary> kinds)
    {
        foreach (var (key, value) in values)
        {
            var words = ProfileWords.Split(value);
            foreach (var vocabulary in kinds)
            {
                if (vocabulary.FrontMatter.FirstIn(words) is { } phrase)
                {
                    return (vocabulary.Kind, $"front matter {key}: {phrase}");
                }
            }
        }

        return null;
    }

    /// <summary>The first kind, in <see cref="KindOrder"/>, whose phrases of one signal <paramref name="words"/> hold.</summary>
    private (PageKind Kind, Phrase Phrase)? First(IReadOnlyList<string> words, Func<KindVocabulary, PhraseList> signal)
    {
        foreach (var vocabulary in _ordered)
        {
            if (signal(vocabulary).FirstIn(words) is { } phrase)
            {
                return (vocabulary.Kind, phrase);
            }
        }

        return null;
    }

    /// <summary>
    /// The kind the headings name, when they name only one: a home page with "Our team", "Testimonials" and "Office
    /// hours" sections is none of those kinds.
    /// </summary>
    private (PageKind Kind, string Evidence)? ByHeadings(ContentDocument document)
    {
        (PageKind Kind, Phrase Phrase)? found = null;
        foreach (var heading in document.Segments.Where(s => s.Kind == RegionKind.Heading))
        {
            if (First(ProfileWords.Split(heading.Text), v => v.Headings) is not { } named)
            {
                continue;
            }

            if (found is { } earlier && earlier.Kind != named.Kind)
            {
                return null;
            }

            found ??= named;
        }

        return found is { } decided ? (decided.Kind, $"heading words '{decided.Phrase}'") : null;
    }
}
