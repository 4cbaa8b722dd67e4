using System.Collections.Frozen;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Dates;

/// <summary>
/// Care and injury words of another language (<c>careCues.xx</c> in the catalog: "terapia", "Behandlung",
/// "séance"), read as care cues on pages known to be in that language, as <see cref="LocalMonthDates"/> reads their
/// dates. Each list is built the first time a page in its language is scanned.
/// </summary>
internal sealed class LocalCareCues
{
    private const string KeyPrefix = "careCues.";

    private readonly FrozenDictionary<string, Lazy<CueWords>> _cues;

    public LocalCareCues(RuleDefinition rule) =>
        _cues = LanguageLists.Of(rule, KeyPrefix, words => new CueWords(words));

    /// <summary>True when [<paramref name="from"/>, <paramref name="to"/>) holds a care word of <paramref name="language"/>.</summary>
    public bool Any(string? language, string text, int from, int to) =>
        language is not null && _cues.TryGetValue(language, out var cues) && cues.Value.Any(text, from, to);
}
