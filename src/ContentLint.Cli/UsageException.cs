namespace ContentLint.Cli;

/// <summary>A mistake in how the tool was called: reported as one line on stderr with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
