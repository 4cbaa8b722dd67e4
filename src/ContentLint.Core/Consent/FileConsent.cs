using ContentLint.Core.Model;

namespace ContentLint.Core.Consent;

/// <summary>
/// What consent decided for a file: the page's own verdict, and one per story record of a data or code file
/// (docs/data-and-code.md, "Consent on records"). A finding is judged by the verdict of the record it stands in.
/// </summary>
internal sealed class FileConsent
{
    private readonly PageProfile _profile;
    private readonly Dictionary<DataRecord, ConsentVerdict> _records;

    public FileConsent(PageProfile profile, ConsentVerdict page, Dictionary<DataRecord, ConsentVerdict> records)
    {
        _profile = profile;
        Page = page;
        _records = records;
    }

    /// <summary>The verdict of the page, or of a data or code file outside its story records.</summary>
    public ConsentVerdict Page { get; }

    /// <summary>Every verdict with the record it is for (null: the page's), the page's first, then the records' in source order.</summary>
    public IEnumerable<(ConsentVerdict Verdict, DataRecord? Record)> All =>
        [(Page, null), .. _profile.StoryRecords.Select(record => (_records[record], (DataRecord?)record))];

    /// <summary>The story record at source offset <paramref name="offset"/>, or null, and the verdict that holds there.</summary>
    public (ConsentVerdict Verdict, DataRecord? Record) At(int offset) =>
        _profile.StoryRecordAt(offset) is { } record ? (_records[record], record) : (Page, null);
}
