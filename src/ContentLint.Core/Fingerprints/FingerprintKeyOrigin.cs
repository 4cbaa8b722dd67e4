namespace ContentLint.Core.Fingerprints;

/// <summary>Where a fingerprint key came from.</summary>
public enum FingerprintKeyOrigin
{
    /// <summary>The <c>CONTENTLINT_FINGERPRINT_KEY</c> environment variable.</summary>
    EnvironmentVariable,

    /// <summary>The repository's <c>.contentlint/fingerprint.key</c> file.</summary>
    KeyFile,

    /// <summary>Derived from the repository root's absolute path: stable only on that machine and path.</summary>
    DerivedFromPath,
}
