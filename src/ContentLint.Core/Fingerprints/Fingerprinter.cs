using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentLint.Core.Config;

namespace ContentLint.Core.Fingerprints;

/// <summary>
/// Computes a finding's fingerprint: HMAC-SHA256 over rule, path, matched text and the occurrence index of that text
/// for that rule in the file. No line number goes in, so a fingerprint survives lines inserted or removed elsewhere;
/// the occurrence index keeps two identical values in one file apart.
/// </summary>
public sealed class Fingerprinter
{
    /// <summary>The SARIF <c>partialFingerprints</c> key; bumped whenever the hashed fields change.</summary>
    public const string Version = "contentlint/v1";

    private readonly byte[] _key;

    public Fingerprinter(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = [.. key];
    }

    /// <summary>The fingerprint as 64 lowercase hex digits.</summary>
    /// <param name="ruleId">The rule, e.g. <c>PHI004</c> (compared case-insensitively).</param>
    /// <param name="path">The file, relative to the repository root (either separator).</param>
    /// <param name="matchedText">The matched text; whitespace runs count as one space, so re-wrapping does not matter.</param>
    /// <param name="occurrence">0 for the first occurrence of this text under this rule in the file, 1 for the next, ...</param>
    public string Compute(string ruleId, string path, string matchedText, int occurrence)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(matchedText);
        using var message = new MemoryStream();
        Append(message, Version);
        Append(message, ruleId.ToUpperInvariant());
        Append(message, path.Replace('\\', '/'));
        Append(message, WhitespaceNormalizer.Normalize(matchedText));
        Append(message, occurrence.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message.ToArray()));
    }

    // Length-prefixed fields: no choice of separator could be confused with field content.
    private static void Append(MemoryStream message, string field)
    {
        var bytes = Encoding.UTF8.GetBytes(field);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        message.Write(length);
        message.Write(bytes);
    }
}
