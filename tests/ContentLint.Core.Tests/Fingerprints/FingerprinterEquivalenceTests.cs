using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ContentLint.Core.Config;
using ContentLint.Core.Fingerprints;

namespace ContentLint.Core.Tests.Fingerprints;

/// <summary>The fingerprint laid out in one buffer hashes the same bytes as the MemoryStream version it replaced.</summary>
public sealed class FingerprinterEquivalenceTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(7, 32).Select(i => (byte)i)];

    private const string Alphabet = "aZ09 \t\n\r\\/-_.é日\u00A0\u2028";

    [Fact]
    public void Random_fields_give_the_fingerprint_of_the_stream_version()
    {
        var random = new Random(4711);
        var fingerprinter = new Fingerprinter(Key);
        for (var i = 0; i < 5000; i++)
        {
            var rule = Pick(random, random.Next(0, 8));
            var path = Pick(random, random.Next(0, 40));
            // Up to 400 characters of up to 3 UTF-8 bytes each: past the stack buffer, into the pooled one.
            var text = Pick(random, random.Next(0, random.Next(2) == 0 ? 20 : 400));
            var occurrence = random.Next(3) switch { 0 => 0, 1 => random.Next(10), _ => random.Next() };
            Assert.Equal(StreamVersion(rule, path, text, occurrence), fingerprinter.Compute(rule, path, text, occurrence));
        }
    }

    [Theory]
    [InlineData("PHI007", "content/a.md", "123-45-6789", 0)]
    [InlineData("phi001", "content\\b.md", "  Jane \n Doe ", 12)]
    [InlineData("", "", "", 0)]
    [InlineData("PHI001", "a.md", "\uD800 lone surrogate \uDC00", 3)]
    public void Edge_cases_give_the_fingerprint_of_the_stream_version(string rule, string path, string text, int occurrence) =>
        Assert.Equal(StreamVersion(rule, path, text, occurrence), new Fingerprinter(Key).Compute(rule, path, text, occurrence));

    [Fact]
    public void A_text_longer_than_the_stack_buffer_is_hashed_whole()
    {
        var text = new string('x', 600);
        Assert.Equal(StreamVersion("PHI001", "a.md", text, 0), new Fingerprinter(Key).Compute("PHI001", "a.md", text, 0));
        Assert.NotEqual(
            new Fingerprinter(Key).Compute("PHI001", "a.md", text, 0),
            new Fingerprinter(Key).Compute("PHI001", "a.md", text[..599] + "y", 0));
    }

    private static string Pick(Random random, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>The implementation before the buffer: a MemoryStream and a byte array per field.</summary>
    private static string StreamVersion(string ruleId, string path, string matchedText, int occurrence)
    {
        using var message = new MemoryStream();
        Append(message, Fingerprinter.Version);
        Append(message, ruleId.ToUpperInvariant());
        Append(message, path.Replace('\\', '/'));
        Append(message, WhitespaceNormalizer.Normalize(matchedText));
        Append(message, occurrence.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(HMACSHA256.HashData(Key, message.ToArray()));

        static void Append(MemoryStream stream, string field)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            stream.Write(length);
            stream.Write(bytes);
        }
    }
}
