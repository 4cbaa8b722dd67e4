using System.Security.Cryptography;
using System.Text;
using ContentLint.Core.Fingerprints;

namespace ContentLint.Core.Tests.Fingerprints;

public sealed class FingerprinterTests
{
    private static readonly byte[] KeyA = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly byte[] KeyB = [.. Enumerable.Range(101, 32).Select(i => (byte)i)];

    [Fact]
    public void Same_inputs_give_the_same_64_hex_digit_fingerprint()
    {
        var first = new Fingerprinter(KeyA).Compute("PHI007", "content/a.md", "123-45-6789", 0);
        var second = new Fingerprinter(KeyA).Compute("PHI007", "content/a.md", "123-45-6789", 0);

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Fingerprint_is_neither_the_text_nor_a_plain_sha256_of_it()
    {
        var fingerprint = new Fingerprinter(KeyA).Compute("PHI007", "content/a.md", "123-45-6789", 0);

        Assert.DoesNotContain("6789", fingerprint, StringComparison.Ordinal);
        Assert.NotEqual(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("123-45-6789"))), fingerprint);
        Assert.NotEqual(Convert.ToHexStringLower(HMACSHA256.HashData(KeyA, Encoding.UTF8.GetBytes("123-45-6789"))), fingerprint);
    }

    [Fact]
    public void Different_keys_give_different_fingerprints()
    {
        Assert.NotEqual(
            new Fingerprinter(KeyA).Compute("PHI007", "content/a.md", "123-45-6789", 0),
            new Fingerprinter(KeyB).Compute("PHI007", "content/a.md", "123-45-6789", 0));
    }

    [Fact]
    public void Rule_path_text_and_occurrence_each_change_the_fingerprint()
    {
        var fingerprinter = new Fingerprinter(KeyA);
        var all = new[]
        {
            fingerprinter.Compute("PHI007", "content/a.md", "123-45-6789", 0),
            fingerprinter.Compute("PHI018", "content/a.md", "123-45-6789", 0),
            fingerprinter.Compute("PHI007", "content/b.md", "123-45-6789", 0),
            fingerprinter.Compute("PHI007", "content/a.md", "123-45-6780", 0),
            fingerprinter.Compute("PHI007", "content/a.md", "123-45-6789", 1),
        };

        Assert.Equal(all.Length, all.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Rewrapped_text_backslash_paths_and_rule_case_give_the_same_fingerprint()
    {
        var fingerprinter = new Fingerprinter(KeyA);

        Assert.Equal(
            fingerprinter.Compute("PHI001", "content/posts/a.md", "Kim Alvarez", 0),
            fingerprinter.Compute("phi001", "content\\posts\\a.md", " Kim\r\n   Alvarez ", 0));
    }

    [Fact]
    public void Fields_cannot_shift_into_each_other()
    {
        var fingerprinter = new Fingerprinter(KeyA);

        Assert.NotEqual(
            fingerprinter.Compute("PHI001", "a.md", "b", 0),
            fingerprinter.Compute("PHI001", "a.m", "db", 0));
    }
}
