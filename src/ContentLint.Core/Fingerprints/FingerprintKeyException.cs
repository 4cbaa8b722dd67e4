namespace ContentLint.Core.Fingerprints;

/// <summary>The configured fingerprint key cannot be used. The message names its origin, never its value.</summary>
public sealed class FingerprintKeyException : Exception
{
    public FingerprintKeyException()
    {
    }

    public FingerprintKeyException(string message)
        : base(message)
    {
    }

    public FingerprintKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
