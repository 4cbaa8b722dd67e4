using ContentLint.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ContentLint.Core.Profile;

/// <summary>Reads rules/page-kinds.yml strictly: an unknown kind, signal or key names itself in the error.</summary>
internal static class PageKindDataReader
{
    private static readonly string[] Signals = ["path", "frontMatter", "title", "headings"];

    public static PageKindData Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"rules/page-kinds.yml is not valid YAML: {e.Message}", e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Invalid("must be a mapping with 'kinds' and 'languages'");
        }

        var kinds = new List<KindVocabulary>();
        var languages = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var records = RecordKeys.Empty;
        foreach (var (key, value) in root.Children)
        {
            switch (Name(key))
            {
                case "kinds":
                    foreach (var (kindKey, kindValue) in Mapping(value, "kinds"))
                    {
                        kinds.Add(ReadKind(Name(kindKey), kindValue));
                    }

                    break;
                case "languages":
                    foreach (var (codeKey, words) in Mapping(value, "languages"))
                    {
                        var code = Name(codeKey);
                        if (code.Length != 2 || !code.All(char.IsAsciiLetterLower))
                        {
                            throw Invalid($"language '{code}' is not a two-letter code");
                        }

                        languages[code] = [.. List(words, $"languages.{code}").Select(w => w.ToLowerInvariant())];
                    }

                    break;
                case "records":
                    records = ReadRecords(value);
                    break;
                default:
                    throw Invalid($"unknown key '{Name(key)}'");
            }
        }

        return new PageKindData(kinds, languages) { Records = records };
    }

    private static RecordKeys ReadRecords(YamlNode value)
    {
        var lists = new Dictionary<string, PhraseList>(StringComparer.Ordinal) { ["story"] = new([]), ["rating"] = new([]), ["text"] = new([]), ["staff"] = new([]), ["patient"] = new([]) };
        foreach (var (key, phrases) in Mapping(value, "records"))
        {
            var name = Name(key);
            if (!lists.ContainsKey(name))
            {
                throw Invalid($"records has an unknown list '{name}'");
            }

            lists[name] = new([.. List(phrases, $"records.{name}").Select(Phrase.Of).Where(p => p.Words.Count > 0)]);
        }

        return new RecordKeys(lists["story"], lists["rating"], lists["text"], lists["staff"], lists["patient"]);
    }

    private static KindVocabulary ReadKind(string name, YamlNode value)
    {
        if (!Enum.TryParse<PageKind>(name, ignoreCase: true, out var kind) || kind == PageKind.Other || !name.All(char.IsAsciiLetterLower))
        {
            throw Invalid($"unknown kind '{name}'");
        }

        var lists = Signals.ToDictionary(s => s, _ => (IReadOnlyList<Phrase>)[], StringComparer.Ordinal);
        foreach (var (key, phrases) in Mapping(value, name))
        {
            var signal = Name(key);
            if (!lists.ContainsKey(signal))
            {
                throw Invalid($"kind '{name}' has an unknown signal '{signal}'");
            }

            lists[signal] = [.. List(phrases, $"{name}.{signal}").Select(Phrase.Of).Where(p => p.Words.Count > 0)];
        }

        return new KindVocabulary(kind, new(lists["path"]), new(lists["frontMatter"]), new(lists["title"]), new(lists["headings"]));
    }

    private static string Name(YamlNode key) => key is YamlScalarNode { Value: { } name } ? name : throw Invalid("keys must be plain words");

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Mapping(YamlNode node, string where) =>
        node as YamlMappingNode ?? throw Invalid($"'{where}' must be a mapping");

    private static IEnumerable<string> List(YamlNode node, string where) =>
        node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => c is YamlScalarNode { Value: { } text } ? text : throw Invalid($"'{where}' must list words"))
            : throw Invalid($"'{where}' must be a list");

    private static InvalidDataException Invalid(string problem) => new($"rules/page-kinds.yml: {problem}.");
}
