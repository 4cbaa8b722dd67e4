using ContentLint.Core.Model;
using ContentLint.Core.Profile;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Replies;

/// <summary>
/// A practice's reply to a review that confirms the reviewer is its patient (WEB007): a reply that names the reviewer
/// or speaks of their care. The reply is found where sites keep it: under a reply key of a review record
/// (<c>response:</c>, <c>ownerReply:</c>), or on a page after a reply marker ("Response from the owner:") that opens
/// a paragraph, or in the paragraph after a marker standing alone. One finding per reply, on what confirms it.
/// </summary>
internal sealed class ReviewReplyDetector : IDetector
{
    /// <summary>A marker's own paragraph with no more than this many letters after it is a heading: the reply follows.</summary>
    private const int MarkerOnlyLength = 3;

    /// <summary>Longer than any reply marker ("Response from the practice owner").</summary>
    private const int MarkerReach = 48;

    private readonly string _ruleId;
    private readonly RecordKeys _replyKeys;
    private readonly CueWords _markers;
    private readonly ReplyConfirmation _confirmation;
    private readonly HashSet<string> _personKeys;
    private readonly HashSet<string> _staffKeys;

    public ReviewReplyDetector(RuleDefinition rule, RuleDefinition? names)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ruleId = rule.Id;
        _replyKeys = RecordKeys.Empty with { Story = new PhraseList([.. rule.GetList("replyKeys").Select(Phrase.Of)]) };
        _markers = new CueWords(rule.GetList("replyMarkers"));
        _confirmation = new ReplyConfirmation(rule, names);
        _personKeys = new HashSet<string>(names?.GetList("personKeys") ?? [], StringComparer.Ordinal);
        _staffKeys = new HashSet<string>(names?.GetList("staffKeys") ?? [], StringComparer.Ordinal);
        RuleIds = [_ruleId];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public void Detect(ContentDocument document, ICollection<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(candidates);
        var segments = document.Segments;
        if (document.Profile.StoryRecords.Count > 0)
        {
            FindRecordReplies(document, candidates);
        }

        for (var s = 0; s < segments.Count; s++)
        {
            var segment = segments[s];
            if (segment.IsKeyedValue)
            {
                continue;
            }

            if (!SegmentScope.IsScannedForPhi(segment) || segment.Kind is RegionKind.LinkUrl or RegionKind.ImageSource or RegionKind.Attribute)
            {
                continue;
            }

            // "Response from the owner: Thanks, Wren!" or a heading "Owner response" over the reply's own paragraph.
            var text = segment.Text;
            var start = 0;
            while (start < text.Length && !char.IsLetter(text[start]))
            {
                start++;
            }

            if (!_markers.StartsAt(text, start))
            {
                continue;
            }

            var markerEnd = _markers.FindAll(text, start, Math.Min(text.Length, start + MarkerReach)).Find(m => m.Start == start).End;
            if (markerEnd <= start)
            {
                continue;
            }

            var rest = text.AsSpan(markerEnd);
            if (CountLetters(rest) > MarkerOnlyLength)
            {
                Add(segment, markerEnd, [], candidates);
            }
            else if (s + 1 < segments.Count && !segments[s + 1].IsKeyedValue)
            {
                Add(segments[s + 1], 0, [], candidates);
            }
        }
    }

    private void Add(Segment reply, int from, IReadOnlyList<string> reviewer, ICollection<Candidate> candidates)
    {
        if (_confirmation.Find(reply.Text, from, reviewer) is { } found)
        {
            candidates.Add(new Candidate(_ruleId, reply, found.Start, found.End - found.Start, Confidence.High) { Detail = found.Why, Reason = found.Why });
        }
    }

    /// <summary>
    /// The replies under a reply key of a story record, each read with the words of its reviewer's name (the values of
    /// the record's person keys, not its clinician's): one pass over the file, however many reviews it holds.
    /// </summary>
    private void FindRecordReplies(ContentDocument document, ICollection<Candidate> candidates)
    {
        var reviewers = new Dictionary<DataRecord, List<string>>(ReferenceEqualityComparer.Instance);
        var replies = new List<(Segment Reply, DataRecord Record)>();
        foreach (var segment in document.Segments)
        {
            if (!segment.IsKeyedValue || document.Profile.StoryRecordAt(segment.ToSource(0, 0).Start) is not { } record)
            {
                continue;
            }

            var key = KeyWords.Of(KeyWords.LastKey(segment.Name));
            if (RecordKeys.Matches(_replyKeys.Story, key))
            {
                replies.Add((segment, record));
            }
            else if (KeyWords.AreIn(key, _personKeys) && !KeyWords.AreIn(key, _staffKeys))
            {
                if (!reviewers.TryGetValue(record, out var words))
                {
                    reviewers[record] = words = [];
                }

                words.AddRange(ProfileWords.Split(segment.Text));
            }
        }

        foreach (var (reply, record) in replies)
        {
            Add(reply, 0, reviewers.GetValueOrDefault(record) ?? [], candidates);
        }
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }
}
