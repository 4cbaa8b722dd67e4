using System.Security.Cryptography;
using System.Text;

namespace ContentLint.Core.Fingerprints;

/// <summary>
/// The per-repository key that fingerprints are keyed with. A fingerprint is an HMAC of the matched text: without a
/// secret key a plain hash of an SSN or a birth date could be reversed by trying every value.
/// </summary>
public static class FingerprintKey
{
    /// <summary>The key file, relative to the repository root; it holds base64 random bytes.</summary>
    public const string RelativePath = ".contentlint/fingerprint.key";

    /// <summary>The environment variable that overrides the key file (base64), e.g. from a CI secret.</summary>
    public const string EnvironmentVariable = "CONTENTLINT_FINGERPRINT_KEY";

    /// <summary>Bytes of a new key; also the least a configured key must hold.</summary>
    public const int Size = 32;

    private const int MinimumSize = 16;
    private const long MaxFileBytes = 4096;

    // Fixed and public: the fallback key is only as secret as the repository's absolute path, which is why
    // fingerprints made with it are documented as stable on one machine and path only (docs/sarif.md).
    private static readonly byte[] FallbackSalt = Encoding.UTF8.GetBytes("ContentLint fingerprint fallback key v1");

    /// <summary>
    /// The key for the repository at <paramref name="repositoryRoot"/>: <see cref="EnvironmentVariable"/>, else the
    /// key file, else a key derived from the root's absolute path.
    /// </summary>
    /// <exception cref="FingerprintKeyException">The variable or the file does not hold a valid key.</exception>
    public static FingerprintKeySource Load(string repositoryRoot) =>
        Load(repositoryRoot, Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>As <see cref="Load(string)"/>, with the environment variable's value passed in (tests).</summary>
    public static FingerprintKeySource Load(string repositoryRoot, string? environmentValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            return new FingerprintKeySource(Decode(environmentValue, EnvironmentVariable), FingerprintKeyOrigin.EnvironmentVariable);
        }

        var path = Path.Combine(repositoryRoot, RelativePath);
        if (File.Exists(path))
        {
            if (new FileInfo(path).Length > MaxFileBytes)
            {
                throw new FingerprintKeyException($"{path}: fingerprint key file is larger than {MaxFileBytes} bytes");
            }

            return new FingerprintKeySource(Decode(File.ReadAllText(path), path), FingerprintKeyOrigin.KeyFile);
        }

        return new FingerprintKeySource(Derive(repositoryRoot), FingerprintKeyOrigin.DerivedFromPath);
    }

    /// <summary>Writes a new random key file under <paramref name="repositoryRoot"/> unless one exists; true when written.</summary>
    public static bool CreateIfMissing(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        var path = Path.Combine(repositoryRoot, RelativePath);
        if (File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: an existing key is never replaced, even by a concurrent init.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)) + "\n");
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    /// <summary>The key used when none is configured: an HMAC of the root's absolute path under a fixed salt.</summary>
    public static byte[] Derive(string repositoryRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(repositoryRoot));
        return HMACSHA256.HashData(FallbackSalt, Encoding.UTF8.GetBytes(root));
    }

    private static byte[] Decode(string text, string origin)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            // Never quote the value: it is a secret.
            throw new FingerprintKeyException($"{origin}: fingerprint key is not valid base64");
        }

        return key.Length >= MinimumSize
            ? key
            : throw new FingerprintKeyException($"{origin}: fingerprint key holds {key.Length} bytes; at least {MinimumSize} are needed");
    }
}
