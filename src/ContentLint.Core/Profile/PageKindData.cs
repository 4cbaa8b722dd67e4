using System.Collections.Frozen;
using ContentLint.Core.Model;

namespace ContentLint.Core.Profile;

/// <summary>The vocabulary of rules/page-kinds.yml: the phrases of each page kind and the function words of each language.</summary>
internal sealed class PageKindData
{
    private const string ResourceName = "ContentLint.rules.page-kinds.yml";

    private static readonly Lazy<PageKindData> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public PageKindData(IReadOnlyList<KindVocabulary> kinds, IReadOnlyDictionary<string, IReadOnlyList<string>> languages)
    {
        Kinds = kinds;
        LanguageCodes = [.. languages.Keys];

        // A word of two languages ("a", "in", "de") says nothing about which one a page is in.
        var owners = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (code, words) in languages)
        {
            foreach (var word in words)
            {
                owners[word] = owners.TryGetValue(word, out var owner) && owner != code ? null : code;
            }
        }

        FunctionWords = owners.Where(p => p.Value is not null).ToFrozenDictionary(p => p.Key, p => p.Value!, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in vocabulary, loaded once on first use.</summary>
    public static PageKindData Default => LazyDefault.Value;

    /// <summary>Each kind's phrases; Chrome and the kinds of <see cref="PageProfiler.KindOrder"/>.</summary>
    public IReadOnlyList<KindVocabulary> Kinds { get; }

    /// <summary>The languages with function words, by two-letter code.</summary>
    public IReadOnlyList<string> LanguageCodes { get; }

    /// <summary>The keys that tell a story record from others (the <c>records</c> section).</summary>
    public RecordKeys Records { get; init; } = RecordKeys.Empty;

    /// <summary>Each function word listed for exactly one language, with that language's code.</summary>
    public FrozenDictionary<string, string> FunctionWords { get; }

    /// <summary>The phrases of <paramref name="kind"/> (empty lists for a kind the data does not name).</summary>
    public KindVocabulary For(PageKind kind) => Kinds.FirstOrDefault(k => k.Kind == kind) ?? new(kind, new([]), new([]), new([]), new([]));

    private static PageKindData LoadEmbedded()
    {
        using var stream = typeof(PageKindData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("rules/page-kinds.yml is not embedded in ContentLint.Core.");
        using var reader = new StreamReader(stream);
        return PageKindDataReader.Read(reader.ReadToEnd());
    }
}
