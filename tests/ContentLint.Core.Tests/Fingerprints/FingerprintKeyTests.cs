using System.Security.Cryptography;
using System.Text;
using ContentLint.Core.Fingerprints;
using ContentLint.Core.Tests.Sources;

namespace ContentLint.Core.Tests.Fingerprints;

public sealed class FingerprintKeyTests
{
    [Fact]
    public void Key_file_is_created_with_32_random_bytes_and_never_replaced()
    {
        using var tree = new TempTree();

        Assert.True(FingerprintKey.CreateIfMissing(tree.Root));
        var written = File.ReadAllText(tree.PathOf(".contentlint/fingerprint.key"));
        Assert.False(FingerprintKey.CreateIfMissing(tree.Root));

        Assert.Equal(written, File.ReadAllText(tree.PathOf(".contentlint/fingerprint.key")));
        Assert.Equal(32, Convert.FromBase64String(written.Trim()).Length);
        var loaded = FingerprintKey.Load(tree.Root, environmentValue: null);
        Assert.Equal(FingerprintKeyOrigin.KeyFile, loaded.Origin);
        Assert.Equal(Convert.FromBase64String(written.Trim()), loaded.Key);
    }

    [Fact]
    public void Two_repositories_get_different_keys_from_init()
    {
        using var first = new TempTree();
        using var second = new TempTree();
        FingerprintKey.CreateIfMissing(first.Root);
        FingerprintKey.CreateIfMissing(second.Root);

        Assert.NotEqual(FingerprintKey.Load(first.Root, null).Key, FingerprintKey.Load(second.Root, null).Key);
    }

    [Fact]
    public void Environment_variable_wins_over_the_key_file()
    {
        using var tree = new TempTree();
        FingerprintKey.CreateIfMissing(tree.Root);
        var fromEnvironment = Enumerable.Repeat((byte)7, 24).ToArray();

        var loaded = FingerprintKey.Load(tree.Root, Convert.ToBase64String(fromEnvironment));

        Assert.Equal(FingerprintKeyOrigin.EnvironmentVariable, loaded.Origin);
        Assert.Equal(fromEnvironment, loaded.Key);
    }

    [Fact]
    public void Without_variable_or_file_the_key_is_derived_from_the_root_path()
    {
        using var first = new TempTree();
        using var second = new TempTree();

        var loaded = FingerprintKey.Load(first.Root, null);

        Assert.Equal(FingerprintKeyOrigin.DerivedFromPath, loaded.Origin);
        Assert.Equal(loaded.Key, FingerprintKey.Load(first.Root + Path.DirectorySeparatorChar, null).Key);
        Assert.NotEqual(loaded.Key, FingerprintKey.Load(second.Root, null).Key);
        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(first.Root)), loaded.Key);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAECAw==")]
    public void An_unusable_key_file_is_an_error_that_names_the_file_but_not_the_value(string content)
    {
        using var tree = new TempTree();
        tree.Write(".contentlint/fingerprint.key", content);

        var error = Assert.Throws<FingerprintKeyException>(() => FingerprintKey.Load(tree.Root, null));

        Assert.StartsWith(tree.PathOf(".contentlint/fingerprint.key") + ":", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(content, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unusable_environment_variable_is_an_error_that_names_the_variable()
    {
        using var tree = new TempTree();

        var error = Assert.Throws<FingerprintKeyException>(() => FingerprintKey.Load(tree.Root, "c2hvcnQ="));

        Assert.Equal("CONTENTLINT_FINGERPRINT_KEY: fingerprint key holds 5 bytes; at least 16 are needed", error.Message);
    }
}
