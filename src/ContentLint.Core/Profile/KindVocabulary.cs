using ContentLint.Core.Model;

namespace ContentLint.Core.Profile;

/// <summary>The phrases of one page kind in rules/page-kinds.yml, per signal.</summary>
internal sealed record KindVocabulary(
    PageKind Kind,
    IReadOnlyList<Phrase> Path,
    IReadOnlyList<Phrase> FrontMatter,
    IReadOnlyList<Phrase> Title,
    IReadOnlyList<Phrase> Headings);
