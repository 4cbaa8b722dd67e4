using ContentLint.Core.Model;
using ContentLint.Core.Profile;

namespace ContentLint.Core.Tests.Profile;

public sealed class PageKindDataTests
{
    [Fact]
    public void The_built_in_vocabulary_names_every_kind_but_other()
    {
        var kinds = PageKindData.Default.Kinds.Select(k => k.Kind).Order().ToList();

        Assert.Equal(Enum.GetValues<PageKind>().Where(k => k != PageKind.Other).Order(), kinds);
        Assert.Equal(["de", "en", "es", "fr", "it", "nl", "pl", "pt"], PageKindData.Default.LanguageCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_word_of_two_languages_counts_for_neither()
    {
        var data = PageKindDataReader.Read("kinds: {}\nlanguages:\n  en: [the, in]\n  de: [der, in]\n");

        Assert.Equal([("der", "de"), ("the", "en")], data.FunctionWords.Select(p => (p.Key, p.Value)).Order());
    }

    [Theory]
    [InlineData("kinds:\n  homepage:\n    path: [home]\n", "rules/page-kinds.yml: unknown kind 'homepage'.")]
    [InlineData("kinds:\n  story:\n    url: [x]\n", "rules/page-kinds.yml: kind 'story' has an unknown signal 'url'.")]
    [InlineData("kinds:\n  story:\n    path: testimonial\n", "rules/page-kinds.yml: 'story.path' must be a list.")]
    [InlineData("languages:\n  deu: [der]\n", "rules/page-kinds.yml: language 'deu' is not a two-letter code.")]
    [InlineData("words: []\n", "rules/page-kinds.yml: unknown key 'words'.")]
    public void A_mistake_in_the_data_names_where_it_is(string yaml, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => PageKindDataReader.Read(yaml));

        Assert.Equal(message, error.Message);
    }
}
