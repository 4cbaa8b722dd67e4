namespace ContentLint.Core.Parsing;

/// <summary>
/// Rejects YAML whose nesting could exhaust the stack of a recursive loader: flow collections nested hundreds deep
/// or indentation that deep are never a page header, and a stack overflow cannot be caught in .NET.
/// </summary>
internal static class YamlDepthGuard
{
    private const int MaxDepth = 64;

    public static string? Check(ReadOnlySpan<char> yaml)
    {
        var flowDepth = 0;
        var lineStart = true;
        var indent = 0;
        foreach (var c in yaml)
        {
            switch (c)
            {
                case '[' or '{':
                    if (++flowDepth > MaxDepth)
                    {
                        return $"nested more than {MaxDepth} levels deep";
                    }

                    break;
                case ']' or '}':
                    flowDepth = Math.Max(0, flowDepth - 1);
                    break;
            }

            if (c is '\n' or '\r')
            {
                lineStart = true;
                indent = 0;
            }
            else if (lineStart && c == ' ')
            {
                if (++indent > MaxDepth * 8)
                {
                    return "indented too deeply";
                }
            }
            else
            {
                lineStart = false;
            }
        }

        return null;
    }
}
