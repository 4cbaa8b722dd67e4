using System.Buffers;
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

    /// <summary>Messages up to this many bytes are laid out on the stack.</summary>
    private const int MaxStackMessage = 512;

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
        var rule = ruleId.ToUpperInvariant();
        var file = path.Replace('\\', '/');
        var text = WhitespaceNormalizer.Normalize(matchedText);
        Span<byte> number = stackalloc byte[16];
        occurrence.TryFormat(number, out var numberLength, default, CultureInfo.InvariantCulture);
        number = number[..numberLength];

        // The message is laid out in one buffer (the stack for the usual short match) instead of a MemoryStream and a
        // byte array per field and per message: a scan fingerprints every finding.
        var size = (5 * sizeof(int)) + Encoding.UTF8.GetByteCount(Version) + Encoding.UTF8.GetByteCount(rule)
            + Encoding.UTF8.GetByteCount(file) + Encoding.UTF8.GetByteCount(text) + number.Length;
        byte[]? rented = null;
        var message = size <= MaxStackMessage ? stackalloc byte[MaxStackMessage] : (rented = ArrayPool<byte>.Shared.Rent(size));
        try
        {
            var written = 0;
            Append(message, ref written, Version);
            Append(message, ref written, rule);
            Append(message, ref written, file);
            Append(message, ref written, text);
            Append(message, ref written, number);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            HMACSHA256.HashData(_key, message[..written], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            // It held matched text: wiped, on the stack as in a pooled array (the span covers all of either).
            message.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    // Length-prefixed fields: no choice of separator could be confused with field content.
    private static void Append(Span<byte> message, ref int written, string field)
    {
        var length = Encoding.UTF8.GetBytes(field, message[(written + sizeof(int))..]);
        BinaryPrimitives.WriteInt32BigEndian(message[written..], length);
        written += sizeof(int) + length;
    }

    private static void Append(Span<byte> message, ref int written, ReadOnlySpan<byte> field)
    {
        BinaryPrimitives.WriteInt32BigEndian(message[written..], field.Length);
        field.CopyTo(message[(written + sizeof(int))..]);
        written += sizeof(int) + field.Length;
    }
}
