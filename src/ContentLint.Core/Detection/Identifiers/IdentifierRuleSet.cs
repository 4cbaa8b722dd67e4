using ContentLint.Core.Rules;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// The catalog data of the identifier family, read once: captions per rule (<c>labels</c>, and <c>cardLabels</c> /
/// <c>deaLabels</c> whose values need a checksum), caption-free <c>formats</c>, and the cue lists.
/// </summary>
internal sealed class IdentifierRuleSet
{
    public const string SsnFormat = "ssn";

    public IdentifierRuleSet(IReadOnlyList<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var labels = new List<KeyValuePair<string, LabelEntry>>();
        var formats = new List<(string, string)>();
        foreach (var rule in rules)
        {
            var ruleFormats = rule.GetList("formats");
            var isSsn = ruleFormats.Contains(SsnFormat);
            if (isSsn)
            {
                SsnRuleId = rule.Id;
                SsnCues = new CueWords(rule.GetList("labels"));
            }

            labels.AddRange(rule.GetList("labels").Select(l => KeyValuePair.Create(l, new LabelEntry(rule.Id, isSsn ? ValueCheck.Ssn : ValueCheck.Shape))));
            labels.AddRange(rule.GetList("cardLabels").Select(l => KeyValuePair.Create(l, new LabelEntry(rule.Id, ValueCheck.Luhn))));
            labels.AddRange(rule.GetList("deaLabels").Select(l => KeyValuePair.Create(l, new LabelEntry(rule.Id, ValueCheck.Dea))));
            foreach (var format in ruleFormats.Where(f => f != SsnFormat))
            {
                if (!StrongFormatScanner.IsKnown(format))
                {
                    throw new InvalidDataException($"Rule catalog: {rule.Id} names an unknown identifier format '{format}'.");
                }

                formats.Add((rule.Id, format));
            }

            if (rule.GetList("practiceCues").Count > 0)
            {
                PracticeRuleId = rule.Id;
                PracticeCues = new CueWords(rule.GetList("practiceCues"));
                PersonCues = new CueWords(rule.GetList("personCues"));
            }
        }

        Labels = new LabelMatcher(labels);
        Formats = formats;
        ExampleCues = new CueWords(rules.SelectMany(r => r.GetList("exampleCues")));
        RuleIds = [.. rules.Select(r => r.Id)];
    }

    public IReadOnlyCollection<string> RuleIds { get; }

    public LabelMatcher Labels { get; }

    /// <summary>(rule, format) pairs reported without a caption.</summary>
    public IReadOnlyList<(string RuleId, string Format)> Formats { get; }

    /// <summary>The SSN rule (formats: [ssn]), whose labels are cues that make an SSN shape certain.</summary>
    public string? SsnRuleId { get; }

    public CueWords SsnCues { get; } = new([]);

    /// <summary>The rule whose captions also name the practice's own credentials (staff licences).</summary>
    public string? PracticeRuleId { get; }

    public CueWords PracticeCues { get; } = new([]);

    public CueWords PersonCues { get; } = new([]);

    /// <summary>"for example", "sample": the value that follows is an illustration.</summary>
    public CueWords ExampleCues { get; }
}
