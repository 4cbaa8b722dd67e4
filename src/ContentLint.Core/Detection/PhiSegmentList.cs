using ContentLint.Core.Model;

namespace ContentLint.Core.Detection;

/// <summary>
/// The segments <see cref="SegmentScope.IsScannedForPhi"/> keeps, walked in order by a struct enumerator: every
/// detector walks them for every page, and a LINQ <c>Where</c> made an iterator object each time.
/// </summary>
internal readonly struct PhiSegmentList(IReadOnlyList<Segment> segments)
{
    public Enumerator GetEnumerator() => new(segments);

    public struct Enumerator(IReadOnlyList<Segment> segments)
    {
        private int _index = -1;

        public Segment Current { get; private set; } = null!;

        public bool MoveNext()
        {
            while (++_index < segments.Count)
            {
                if (SegmentScope.IsScannedForPhi(segments[_index]))
                {
                    Current = segments[_index];
                    return true;
                }
            }

            return false;
        }
    }
}
