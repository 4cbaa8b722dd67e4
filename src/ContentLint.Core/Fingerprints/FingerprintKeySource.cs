namespace ContentLint.Core.Fingerprints;

/// <summary>A fingerprint key and where it came from.</summary>
/// <param name="Key">The HMAC key bytes.</param>
/// <param name="Origin">Where the key came from; <see cref="FingerprintKeyOrigin.DerivedFromPath"/> keys are stable only on one machine and path.</param>
public sealed record FingerprintKeySource(byte[] Key, FingerprintKeyOrigin Origin)
{
    // Records print every property by default; the key is a secret.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Origin = ").Append(Origin);
        return true;
    }
}
