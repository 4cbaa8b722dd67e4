using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Names in the file names of a page's images ("ann-lee-before.jpg"): a full name where unknown people may be
/// patients, or a name the page reported elsewhere. A name the image's own alt text already reports is the same
/// person once, not twice: the alt text's finding stands for it. A name after a clinician's title
/// ("dr-corbett-...") is the clinician's.
/// </summary>
internal sealed class ImageFileNameNames(NameLexicon lexicon, string ruleId)
{
    /// <summary>How many segments either side of an image source its alt text may be (the other attributes of the element).</summary>
    private const int ElementReach = 3;

    /// <param name="index">The image source segment's index in <paramref name="segments"/>.</param>
    /// <param name="reported">The names reported per segment (null where none).</param>
    public void Add(IReadOnlyList<Segment> segments, int index, List<NameMatch>?[] reported, HashSet<string> known, PageProfile profile,
        ICollection<Candidate> candidates)
    {
        var segment = segments[index];
        // A name the page did not report elsewhere is taken from a file name only where unknown people may be
        // patients (a story page or one nothing is known about), in English, and never from a staff photo's folder.
        var guess = profile.IsEnglishOrUnknown && profile.Kind is PageKind.Story or PageKind.Other && !IsStaffImage(segment.Text);
        var words = FileNameNames.Words(segment.Text);
        for (var i = 0; guess && i < words.Count; i++)
        {
            guess = !lexicon.NotPersonWords.Contains(words[i].Key); // "apple-touch-icon.png", "brand-logo.svg"
        }

        HashSet<string>? altKeys = null;
        for (var i = 0; i < words.Count; i++)
        {
            var (start, end, key) = words[i];
            if (i > 0 && lexicon.ClinicianTitles.Contains(words[i - 1].Key))
            {
                // "dr-corbett-fitting-aids.jpg": the name after a clinician's title is the clinician's.
                if (i + 1 < words.Count && lexicon.IsSurname(words[i + 1].Key))
                {
                    i++; // and the family name after it
                }

                continue;
            }

            if (guess && lexicon.IsGiven(key) && i + 1 < words.Count && lexicon.IsSurname(words[i + 1].Key) && words[i + 1].Key.Length > 1)
            {
                if (!(altKeys ??= AltTextKeys(segments, index, reported)).Contains(key))
                {
                    candidates.Add(new Candidate(ruleId, segment, start, words[i + 1].End - start, Confidence.Medium) { Reason = "a full name in an image file name" });
                }

                i++;
            }
            else if (known.Contains(key) && key.Length > 2 && !(altKeys ??= AltTextKeys(segments, index, reported)).Contains(key))
            {
                candidates.Add(new Candidate(ruleId, segment, start, end - start, Confidence.Medium) { Reason = "a name of this page in an image file name" });
            }
        }
    }

    /// <summary>The words of the names reported in the alt text of the same image (an alt segment next to its source).</summary>
    private static HashSet<string> AltTextKeys(IReadOnlyList<Segment> segments, int index, List<NameMatch>?[] reported)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var s = Math.Max(0, index - ElementReach); s <= Math.Min(segments.Count - 1, index + ElementReach); s++)
        {
            if (segments[s].Kind == RegionKind.ImageAlt && reported[s] is { } matches)
            {
                foreach (var match in matches)
                {
                    keys.UnionWith(match.Keys);
                }
            }
        }

        return keys;
    }

    /// <summary>An image under a staff, team or doctors folder: the name in its file name is a clinician's.</summary>
    private static bool IsStaffImage(string source) =>
        source.Contains("/staff", StringComparison.OrdinalIgnoreCase) || source.Contains("/team", StringComparison.OrdinalIgnoreCase)
        || source.Contains("/doctors", StringComparison.OrdinalIgnoreCase) || source.Contains("/providers", StringComparison.OrdinalIgnoreCase)
        || source.Contains("/about", StringComparison.OrdinalIgnoreCase);
}
