using System.Text;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Context;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Web;

/// <summary>
/// Which kinds of health information a form asks for, from its field names, ids, placeholders, labels and text
/// (catalog data of WEB004). <c>dateOfBirth</c>, <c>patient_dob</c> and "Date of birth" all read as words first.
/// </summary>
internal sealed class HealthFieldMatcher
{
    private readonly (string Kind, CueWords Matcher)[] _kinds;

    public HealthFieldMatcher(RuleDefinition? rule)
    {
        _kinds =
        [
            ("date of birth", new CueWords(rule?.GetList("birthDateFields") ?? [], hyphenJoinsWords: true)),
            ("symptoms or conditions", new CueWords(rule?.GetList("symptomFields") ?? [], hyphenJoinsWords: true)),
            ("insurance or member ID", new CueWords(rule?.GetList("insuranceFields") ?? [], hyphenJoinsWords: true)),
            ("medications", new CueWords(rule?.GetList("medicationFields") ?? [], hyphenJoinsWords: true)),
        ];
    }

    /// <summary>The kinds that <paramref name="descriptors"/> ask for, in a fixed order (empty when none).</summary>
    public IReadOnlyList<string> Kinds(IEnumerable<string> descriptors)
    {
        var text = string.Join(" . ", descriptors.Select(Words));
        return [.. _kinds.Where(k => k.Matcher.Any(text, 0, text.Length)).Select(k => k.Kind)];
    }

    /// <summary>Field names as words: camelCase, snake_case, kebab-case and brackets become spaces; lower case.</summary>
    public static string Words(string descriptor)
    {
        var words = new StringBuilder(descriptor.Length + 8);
        for (var i = 0; i < descriptor.Length; i++)
        {
            var c = descriptor[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(descriptor[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return words.ToString();
    }
}
