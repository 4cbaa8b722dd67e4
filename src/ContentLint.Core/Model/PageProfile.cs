namespace ContentLint.Core.Model;

/// <summary>
/// What a page is, decided once before detection from its path, front matter, title and headings; every detector and
/// the consent rules read it instead of deciding "patient context" on their own (docs/page-profile.md).
/// </summary>
/// <param name="Kind">The page's kind.</param>
/// <param name="Evidence">What decided the kind, in words safe to print (a path folder, a front-matter key); never page text.</param>
/// <param name="Language">The page's language as a two-letter code (<c>en</c>, <c>de</c>), or null when unknown.</param>
public sealed record PageProfile(PageKind Kind, string Evidence, string? Language)
{
    private readonly bool? _needsStoryConsent;
    private PageProfile? _outsideStories;

    /// <summary>The profile of a page nothing is known about.</summary>
    public static PageProfile Unknown { get; } = new(PageKind.Other, "nothing decided it", null);

    /// <summary>The text of an image's metadata (author, subject, caption fields): no page around it.</summary>
    public static PageProfile ImageMetadata { get; } = new(PageKind.Other, "image metadata", null);

    /// <summary>What decided <see cref="Language"/> (<c>html lang</c>, <c>path folder 'de'</c>, <c>function words</c>), or null when it is unknown.</summary>
    public string? LanguageEvidence { get; init; }

    /// <summary>
    /// What the site says about itself (its team pages' clinicians, its contact pages' details), learned once per scan
    /// before detection; <see cref="SiteRoster.Empty"/> for a page scanned alone.
    /// </summary>
    public SiteRoster Site { get; init; } = SiteRoster.Empty;

    /// <summary>
    /// A story told in the first person ("I", "my"): a testimonial in the patient's own words rather than a case study
    /// about them. False for every other kind of page.
    /// </summary>
    public bool IsFirstPersonStory { get; init; }

    /// <summary>
    /// The records of a data or code file that are patients' stories (testimonials, reviews), in source order; each
    /// is judged and given consent on its own (docs/data-and-code.md). Empty for a page.
    /// </summary>
    public IReadOnlyList<DataRecord> StoryRecords { get; init; } = [];

    /// <summary>
    /// The page as a whole is a patient's story, and so needs consent whatever is found on it: a story page, but not
    /// a data or code file (which needs it for each story record) unless the user's paths or markers say so.
    /// </summary>
    public bool NeedsStoryConsent
    {
        get => _needsStoryConsent ?? IsStory;
        init => _needsStoryConsent = value;
    }

    /// <summary>The story record holding source offset <paramref name="offset"/>, or null (story records never nest).</summary>
    public DataRecord? StoryRecordAt(int offset) => DataRecord.Holding(StoryRecords, offset);

    /// <summary>
    /// True for text of a patient story: anywhere on a story page, or inside a story record of a data or code file
    /// (where a record beside it may be a clinician's).
    /// </summary>
    public bool IsStoryText(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return StoryRecords.Count == 0 ? IsStory : StoryRecordAt(segment.ToSource(0, 0).Start) is not null;
    }

    /// <summary>
    /// The profile that holds for <paramref name="segment"/>: the page's own, except that text outside the story records
    /// of a data or code file (its team list, its headings) is not a story's.
    /// </summary>
    public PageProfile ForText(Segment segment) =>
        StoryRecords.Count == 0 || IsStoryText(segment) ? this : _outsideStories ??= this with { Kind = PageKind.Other, StoryRecords = [], IsFirstPersonStory = false };

    /// <summary>True unless the page is known to be in a language other than English, whose cues the detectors use.</summary>
    public bool IsEnglishOrUnknown => Language is null or "en";

    /// <summary>True for a patient story: unknown people on it are taken for patients.</summary>
    public bool IsStory => Kind == PageKind.Story;
}
