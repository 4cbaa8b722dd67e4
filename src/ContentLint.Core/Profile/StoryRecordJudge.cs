using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Profile;

/// <summary>
/// Which records of a data or code file are patients' stories (docs/data-and-code.md, "Story records"), from their
/// keys and from where they sit, in this order:
/// <list type="number">
/// <item>a story key (<c>quote</c>, <c>review</c>): a story;</item>
/// <item>a patient key (<c>dob</c>, <c>ssn</c>, <c>member_id</c>) with a person key: a patient's own record (a
/// back-office export, a form's data), read as a story so that its person is the patient and it needs consent;</item>
/// <item>a staff key (<c>bio</c>, <c>credentials</c>): a clinician, not a story;</item>
/// <item>a person key (<c>name</c>, <c>author</c>) or a text key (<c>text</c>, <c>comment</c>) in a record that has a
/// rating key (<c>rating</c>, <c>stars</c>) or sits in a story file or list (<c>testimonials.yml</c>,
/// <c>reviews: [...]</c>): a story;</item>
/// <item>else not a story.</item>
/// </list>
/// </summary>
internal sealed class StoryRecordJudge(RecordKeys keys, PhraseList storyPlaces, IReadOnlySet<string> personKeys)
{
    public static StoryRecordJudge Create(PageKindData data, RuleCatalog catalog) =>
        new(data.Records, data.For(PageKind.Story).Path, new HashSet<string>(catalog.Find("PHI001")?.GetList("personKeys") ?? [], StringComparer.Ordinal));

    /// <param name="records">The file's records.</param>
    /// <param name="inStoryFile">The file's own path names a story (<c>testimonials.json</c>, <c>PatientReviews.tsx</c>), or the user says it holds stories; a heading is not enough.</param>
    /// <returns>
    /// The story records in source order, none inside another: a record within a story record (a testimonial's
    /// <c>author: { name, city }</c>) is part of that story, and shares its consent.
    /// </returns>
    public IReadOnlyList<DataRecord> StoryRecords(IReadOnlyList<DataRecord> records, bool inStoryFile) =>
        DataRecord.Outermost(records.Where(record => IsStory(record, inStoryFile)));

    /// <summary>
    /// A record of a clinician or employee: a person key and a staff key (<c>role</c>, <c>bio</c>, <c>credentials</c>),
    /// and no story key. Its person is staff wherever the site names them.
    /// </summary>
    public bool IsStaffRecord(DataRecord record)
    {
        var kinds = KindsOf(record);
        return !kinds.Story && kinds.Staff && kinds.Person;
    }

    /// <summary>True when the last key of <paramref name="path"/> is a person key (<c>name</c>, <c>fullName</c>, <c>author</c>).</summary>
    public bool IsPersonKeyPath(string? path) => KeyWords.AreIn(KeyWords.Of(KeyWords.LastKey(path)), personKeys);

    private bool IsStory(DataRecord record, bool inStoryFile)
    {
        var kinds = KindsOf(record);
        return kinds.Story || (kinds.Patient && kinds.Person && !kinds.Staff)
            || (!kinds.Staff && (kinds.Person || kinds.Text) && (kinds.Rating || inStoryFile || storyPlaces.FirstIn(KeyWords.Of(record.Path)) is not null));
    }

    /// <summary>Which kinds of key the record has, each key read as words.</summary>
    private (bool Story, bool Staff, bool Text, bool Rating, bool Person, bool Patient) KindsOf(DataRecord record)
    {
        var kinds = (Story: false, Staff: false, Text: false, Rating: false, Person: false, Patient: false);
        foreach (var key in record.Keys)
        {
            var words = KeyWords.Of(key);
            if (words.Length == 0)
            {
                continue;
            }

            kinds.Story |= RecordKeys.Matches(keys.Story, words);
            kinds.Staff |= RecordKeys.Matches(keys.Staff, words);
            kinds.Text |= RecordKeys.Matches(keys.Text, words);
            kinds.Rating |= RecordKeys.Matches(keys.Rating, words);
            kinds.Person |= KeyWords.AreIn(words, personKeys);
            kinds.Patient |= RecordKeys.Matches(keys.Patient, words);
        }

        return kinds;
    }
}
