using System.Text;
using System.Text.RegularExpressions;

namespace ContentLint.Git;

/// <summary>
/// Recognizes a Git LFS pointer file exactly as git-lfs writes it (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md):
/// the <c>version</c> line of spec v1, any extension lines (<c>ext-N-name sha256:HASH</c>, sorted), the <c>oid</c>
/// line with 64 lowercase hex digits and the <c>size</c> line, each ending in a line feed, and nothing else. Only such
/// a file is skipped as a pointer: a file that merely starts like one could carry anything after its first line, and
/// treating it as a pointer would let that content through unscanned. A real pointer that this rejects is scanned as
/// text, which costs nothing.
/// </summary>
internal static partial class LfsPointer
{
    /// <summary>Pointer files are well below this (the spec expects under 200 bytes; git-lfs reads at most 1024).</summary>
    public const int MaxBytes = 1024;

    /// <summary>True when <paramref name="bytes"/> is a well-formed Git LFS pointer.</summary>
    public static bool IsPointer(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes || !Ascii.IsValid(bytes))
        {
            return false;
        }

        var match = PointerPattern().Match(Encoding.ASCII.GetString(bytes));
        return match.Success && AreSorted(match.Groups["ext"].Captures);
    }

    /// <summary>The spec sorts key lines alphabetically; extension keys sort before <c>oid</c> by their shape.</summary>
    private static bool AreSorted(CaptureCollection keys)
    {
        for (var i = 1; i < keys.Count; i++)
        {
            if (string.CompareOrdinal(keys[i - 1].Value, keys[i].Value) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(
        @"\Aversion https://git-lfs\.github\.com/spec/v1\n(?:(?<ext>ext-[0-9]-[a-z0-9.-]+) sha256:[0-9a-f]{64}\n)*oid sha256:[0-9a-f]{64}\nsize [0-9]{1,19}\n\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PointerPattern();
}
