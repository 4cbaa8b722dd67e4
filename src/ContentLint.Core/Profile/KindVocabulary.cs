using ContentLint.Core.Model;

namespace ContentLint.Core.Profile;

/// <summary>The phrases of one page kind in rules/page-kinds.yml, per signal.</summary>
internal sealed record KindVocabulary(
    PageKind Kind,
    PhraseList Path,
    PhraseList FrontMatter,
    PhraseList Title,
    PhraseList Headings);
