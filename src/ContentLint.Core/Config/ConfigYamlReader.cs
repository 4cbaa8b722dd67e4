using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Config;

/// <summary>Loads the YAML of a configuration file and turns every YamlDotNet failure into a positioned <see cref="ConfigException"/>.</summary>
internal static class ConfigYamlReader
{
    /// <summary>The root node, or null for a file that holds no document or an empty one (the defaults apply).</summary>
    public static YamlNode? ReadRoot(string yaml, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw FromYamlException(yaml, displayPath, ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet throws this without a position for some unterminated flow collections.
            var mark = YamlErrorLocator.LastGoodMark(yaml);
            throw new ConfigException(
                displayPath, mark, KnownKeyPath.Trim(YamlErrorLocator.KeyPathAt(yaml, mark.Index)),
                "malformed YAML (unterminated list or mapping?)", ex);
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode;
            throw new ConfigException(displayPath, second.Start, null, "only one YAML document is allowed");
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        return root is YamlScalarNode scalar && YamlValues.IsNull(scalar) ? null : root;
    }

    private static ConfigException FromYamlException(string yaml, string displayPath, YamlException ex)
    {
        var key = KnownKeyPath.Trim(YamlErrorLocator.KeyPathAt(yaml, ex.Start.Index));

        // YamlDotNet's duplicate-key message quotes the key; ours names it through the key path instead.
        var problem = ex.Message.StartsWith("Duplicate key", StringComparison.Ordinal)
            ? "duplicate key"
            : "malformed YAML: " + TrimSentence(WithoutQuotes(ex.Message));
        return new ConfigException(displayPath, ex.Start, key, problem, ex);
    }

    /// <summary>
    /// YamlDotNet quotes the text it stumbled on (an anchor name, a tag): that text may be anything the file holds,
    /// quotes included (<c>*Jane'Doe</c>), so everything from the first quote to the last goes, not each quoted pair.
    /// </summary>
    private static string WithoutQuotes(string message)
    {
        var first = message.AsSpan().IndexOfAny('\'', '"');
        if (first < 0)
        {
            return message;
        }

        var last = message.AsSpan().LastIndexOfAny('\'', '"');
        return message[..first] + "'…'" + (last > first ? message[(last + 1)..] : string.Empty);
    }

    private static string TrimSentence(string message)
    {
        var text = message.Trim().TrimEnd('.');
        return text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
