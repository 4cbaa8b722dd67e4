namespace ContentLint.Core.Model;

/// <summary>Something in the file that the parser could not read as intended. Its message never quotes file content.</summary>
public sealed record ParseProblem(string Message, int SourceOffset);
