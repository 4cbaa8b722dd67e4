using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// A given name that the stories of several different reviewers mention ("Jenny was so kind", "thanks to Jenny") is
/// the clinician or the front desk they all thank, not each reviewer's relative: a patient's own name stands in their
/// own record, under a person key or a signature, and a relative is met in one story, not in three.
/// </summary>
internal static class RepeatedStoryNames
{
    /// <summary>In this many different story records, a lone given name is the practice's.</summary>
    public const int MinStories = 3;

    /// <summary>Takes such names out of <paramref name="found"/> and makes them staff for the rest of the file.</summary>
    public static void Remove(IReadOnlyList<Segment> segments, List<NameMatch>?[] found, PageProfile profile, HashSet<string> staffKeys, HashSet<string> known)
    {
        var stories = new Dictionary<string, HashSet<DataRecord>>(StringComparer.Ordinal);
        for (var s = 0; s < segments.Count; s++)
        {
            if (found[s] is not { } matches || profile.StoryRecordAt(segments[s].ToSource(0, 0).Start) is not { } record)
            {
                continue;
            }

            foreach (var match in matches)
            {
                if (IsLoneGivenName(match))
                {
                    if (!stories.TryGetValue(match.Keys[0], out var records))
                    {
                        stories[match.Keys[0]] = records = new HashSet<DataRecord>(ReferenceEqualityComparer.Instance);
                    }

                    records.Add(record);
                }
            }
        }

        var thanked = stories.Where(pair => pair.Value.Count >= MinStories).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        if (thanked.Count == 0)
        {
            return;
        }

        for (var s = 0; s < segments.Count; s++)
        {
            found[s]?.RemoveAll(match => IsLoneGivenName(match) && thanked.Contains(match.Keys[0]));
        }

        staffKeys.UnionWith(thanked);
        known.ExceptWith(thanked);
    }

    /// <summary>A given name alone, found by its form only (no signature, person key, title or patient cue).</summary>
    private static bool IsLoneGivenName(NameMatch match) => match.Keys.Count == 1 && match.Cue is NameCue.None or NameCue.Mention;
}
