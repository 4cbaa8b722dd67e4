namespace ContentLint.Core.Consent;

/// <summary>A page's <c>consent:</c> front matter as read, with the source offset of each key for diagnostics.</summary>
/// <param name="Offset">Offset of the <c>consent</c> key.</param>
/// <param name="Status">The <c>status</c> value (granted or revoked when valid).</param>
/// <param name="Expires">The <c>expires</c> date, when present and valid.</param>
/// <param name="Scope">The scope words (lower case).</param>
/// <param name="KeyOffsets">Offset of each key present in the block (status, form_id, signed, ...).</param>
/// <param name="Problems">What is missing or invalid; empty when the block is well formed.</param>
internal sealed record ConsentBlock(
    int Offset,
    string? Status,
    DateOnly? Expires,
    IReadOnlySet<string> Scope,
    IReadOnlyDictionary<string, int> KeyOffsets,
    IReadOnlyList<ConsentProblem> Problems)
{
    public int OffsetOf(string key) => KeyOffsets.TryGetValue(key, out var offset) ? offset : Offset;
}
