using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Config;

/// <summary>
/// Finds the dotted key path at a position of a YAML text by replaying its parser events, so that errors raised by
/// YamlDotNet itself (duplicate keys, syntax errors) name a key like the schema errors do.
/// </summary>
internal static class YamlErrorLocator
{
    /// <summary>The key path at <paramref name="index"/> (a character offset), or null at the top level.</summary>
    public static string? KeyPathAt(string yaml, long index) => Replay(yaml, index).Path;

    /// <summary>The end of the last event the parser produced before failing: where a malformed document stops making sense.</summary>
    public static Mark LastGoodMark(string yaml) => Replay(yaml, long.MaxValue).LastEnd;

    private static (string? Path, Mark LastEnd) Replay(string yaml, long index)
    {
        var frames = new Stack<Frame>();
        var lastEnd = Mark.Empty;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext() && parser.Current is { } e && e.Start.Index < index)
            {
                lastEnd = e.End;
                Apply(frames, e);
            }

            if (parser.Current is Scalar key && key.Start.Index == index && frames.TryPeek(out var top) && top.ExpectingKey)
            {
                top.Key = key.Value;
                top.ExpectingKey = false;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The path built so far is the best answer for a document that stops parsing here.
        }

        return (Format(frames), lastEnd);
    }

    private static void Apply(Stack<Frame> frames, ParsingEvent e)
    {
        switch (e)
        {
            case MappingStart or SequenceStart:
                BeginNode(frames, isKeyScalar: false, keyText: null);
                frames.Push(new Frame(e is MappingStart));
                break;
            case MappingEnd or SequenceEnd:
                frames.Pop();
                EndNode(frames);
                break;
            case Scalar or AnchorAlias:
                var isKey = BeginNode(frames, isKeyScalar: true, keyText: (e as Scalar)?.Value);
                if (!isKey)
                {
                    EndNode(frames);
                }

                break;
        }
    }

    // Returns true when the node is a mapping key (its value is still to come).
    private static bool BeginNode(Stack<Frame> frames, bool isKeyScalar, string? keyText)
    {
        if (!frames.TryPeek(out var top) || !top.IsMapping || !top.ExpectingKey)
        {
            return false;
        }

        top.Key = isKeyScalar ? keyText ?? "?" : "?";
        top.ExpectingKey = false;
        return isKeyScalar;
    }

    private static void EndNode(Stack<Frame> frames)
    {
        if (!frames.TryPeek(out var top))
        {
            return;
        }

        if (top.IsMapping)
        {
            top.ExpectingKey = !top.ExpectingKey;
        }
        else
        {
            top.Index++;
        }
    }

    private static string? Format(Stack<Frame> frames)
    {
        var parts = frames.Reverse().Select(f => f.IsMapping ? (f.ExpectingKey || f.Key is null ? null : "." + f.Key) : $"[{f.Index}]");
        var path = string.Concat(parts).TrimStart('.');
        return path.Length == 0 ? null : path;
    }

    private sealed class Frame(bool isMapping)
    {
        public bool IsMapping { get; } = isMapping;

        public bool ExpectingKey { get; set; } = isMapping;

        public string? Key { get; set; }

        public int Index { get; set; }
    }
}
