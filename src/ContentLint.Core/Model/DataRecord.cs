namespace ContentLint.Core.Model;

/// <summary>
/// One record of a data file or of code: a mapping of a YAML or JSON file, a row of a CSV file, an object literal of
/// a script. A list of <c>{ name, quote, rating }</c> records is a list of testimonials; each is judged, and given
/// consent, on its own (docs/data-and-code.md).
/// </summary>
/// <param name="Start">Source offset where the record starts (its <c>{</c>, its list item, its row).</param>
/// <param name="End">Source offset just past the record.</param>
/// <param name="Path">Where the record sits in its file (<c>testimonials[2]</c>, <c>reviews</c>, <c>[0]</c>): its containers' keys.</param>
/// <param name="Keys">The record's own keys in source order, as written (<c>name</c>, <c>quote</c>, <c>patientName</c>).</param>
/// <param name="Fields">
/// The record as YAML (a YAML or JSON mapping, offsets like front matter's), where its <c>consent:</c> block is read;
/// null where the record cannot carry one (a CSV row, an object literal).
/// </param>
public sealed record DataRecord(int Start, int End, string Path, IReadOnlyList<string> Keys, FrontMatter? Fields)
{
    // Records print every property by default; the fields hold values, and the path keys, that may be PHI.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"Start = {Start}, End = {End}, PathLength = {Path.Length}, Keys = {Keys.Count}");
        return true;
    }

    /// <summary>
    /// The record of <paramref name="records"/> (in source order, none inside another) that holds
    /// <paramref name="offset"/>, or null. A binary search: every segment and finding of a review export with thousands
    /// of records asks.
    /// </summary>
    public static DataRecord? Holding(IReadOnlyList<DataRecord> records, int offset)
    {
        ArgumentNullException.ThrowIfNull(records);
        int lo = 0, hi = records.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (records[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && records[found].Contains(offset) ? records[found] : null;
    }

    /// <summary>
    /// <paramref name="records"/> in source order without those inside another of them (a testimonial's nested
    /// <c>author: { name, city }</c> is part of the testimonial): what <see cref="Holding"/> searches.
    /// </summary>
    public static List<DataRecord> Outermost(IEnumerable<DataRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var outermost = new List<DataRecord>();
        foreach (var record in records.OrderBy(r => r.Start).ThenByDescending(r => r.End))
        {
            if (outermost.Count == 0 || record.Start >= outermost[^1].End)
            {
                outermost.Add(record);
            }
        }

        return outermost;
    }

    /// <summary>True when <paramref name="offset"/> lies inside the record.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;
}
