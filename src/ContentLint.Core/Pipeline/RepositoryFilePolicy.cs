using ContentLint.Core.Detection;
using ContentLint.Core.Model;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// What is reported in a text file beside the site (notes, an export, a log; see
/// <see cref="ContentDocument.IsRepositoryFile"/> and docs/data-and-code.md, "Repository files"): what is surely an
/// identifier, and the name of the person it belongs to. Without a page's structure, the rest is mostly noise.
/// </summary>
internal sealed class RepositoryFilePolicy(List<Candidate> candidates)
{
    private readonly Dictionary<Segment, List<(int Start, int End)>> _sure = SureIdentifiers(candidates);

    /// <summary>True for a sure finding, or a likely name with a sure identifier close by.</summary>
    public bool Keeps(Candidate candidate) =>
        candidate.Confidence == Confidence.High || (candidate.Confidence == Confidence.Medium && IsNextToSureIdentifier(candidate));

    /// <summary>How near a sure identifier a name must be to be taken for its holder's ("Mrs. Ilse Marrow, DOB 07/30/1958").</summary>
    private const int HolderReach = 60;

    /// <summary>
    /// The sure identifiers other than names (birth dates, record numbers) of a repository file, by segment and in
    /// order, so that a name can be asked whether one stands close by.
    /// </summary>
    private static Dictionary<Segment, List<(int Start, int End)>> SureIdentifiers(List<Candidate> candidates)
    {
        var bySegment = new Dictionary<Segment, List<(int Start, int End)>>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in candidates)
        {
            if (candidate.Confidence == Confidence.High && candidate.RuleId != "PHI001")
            {
                if (!bySegment.TryGetValue(candidate.Segment, out var spans))
                {
                    bySegment[candidate.Segment] = spans = [];
                }

                spans.Add((candidate.Start, candidate.Start + candidate.Length));
            }
        }

        foreach (var spans in bySegment.Values)
        {
            spans.Sort();
        }

        return bySegment;
    }

    /// <summary>A name with a sure identifier of another kind close by in its segment ("Mrs. Ilse Marrow, DOB 07/30/1958").</summary>
    private bool IsNextToSureIdentifier(Candidate name)
    {
        if (name.RuleId != "PHI001" || !_sure.TryGetValue(name.Segment, out var spans))
        {
            return false;
        }

        // The first identifier starting after the name's reach begins; the one before it may still end within reach.
        var from = name.Start - HolderReach;
        var index = spans.BinarySearch((from, int.MinValue));
        index = Math.Max(0, (index < 0 ? ~index : index) - 1);
        for (var i = index; i < spans.Count && spans[i].Start <= name.Start + name.Length + HolderReach; i++)
        {
            if (spans[i].End >= from)
            {
                return true;
            }
        }

        return false;
    }
}
