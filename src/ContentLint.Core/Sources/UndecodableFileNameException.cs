namespace ContentLint.Core.Sources;

/// <summary>
/// A path whose name is not valid UTF-8 cannot be told apart from another one: .NET decoded both to the same text.
/// The message names the candidates with their bytes escaped (<c>\xFF</c>).
/// </summary>
public sealed class UndecodableFileNameException : IOException
{
    public UndecodableFileNameException()
    {
    }

    public UndecodableFileNameException(string message)
        : base(message)
    {
    }

    public UndecodableFileNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
