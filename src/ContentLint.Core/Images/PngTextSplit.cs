namespace ContentLint.Core.Images;

/// <summary>What is left of a PNG for MetadataExtractor, and what <see cref="PngTextChunks"/> took out of it.</summary>
/// <param name="Rest">The PNG without the chunks taken out: XMP, colour profiles, compressed <c>iTXt</c>, and <c>zTXt</c> past the cap.</param>
/// <param name="XmpPackets">The XMP packets (inflated when compressed), in file order.</param>
/// <param name="OverBudget">True when compressed text was dropped unread because the image's text would inflate past the cap.</param>
/// <param name="Corrupt">True when a compressed XMP chunk was malformed (a bad header or deflate stream).</param>
internal sealed record PngTextSplit(ReadOnlyMemory<byte> Rest, IReadOnlyList<byte[]> XmpPackets, bool OverBudget, bool Corrupt);
