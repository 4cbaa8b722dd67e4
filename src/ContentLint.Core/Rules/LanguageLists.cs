using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace ContentLint.Core.Rules;

/// <summary>
/// A rule's word lists kept per language (<c>monthNames.es</c>, <c>careCues.de</c>): each list is turned into its
/// matcher the first time a page in that language asks for it, so English pages pay nothing for the others.
/// </summary>
internal static class LanguageLists
{
    /// <summary>The non-empty lists of <paramref name="rule"/> whose key is <paramref name="prefix"/> and a language code, by code.</summary>
    // Lazy<T> asks the trimmer to keep a parameterless constructor of T (the shipped tool is Native AOT).
    public static FrozenDictionary<string, Lazy<T>> Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(RuleDefinition rule, string prefix, Func<IReadOnlyList<string>, T> build)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.Data
            .Where(entry => entry.Key.StartsWith(prefix, StringComparison.Ordinal) && entry.Value.Count > 0)
            .ToFrozenDictionary(entry => entry.Key[prefix.Length..], entry => new Lazy<T>(() => build(entry.Value)), StringComparer.OrdinalIgnoreCase);
    }
}
