using ContentLint.Core.Detection.Context;

namespace ContentLint.Core.Tests.Detection.Context;

public sealed class HealthVocabularyTests
{
    [Theory]
    [InlineData("diabetes")]
    [InlineData("Surgery")]
    [InlineData("surgeries")]
    [InlineData("implants")]
    [InlineData("knee replacement")]
    [InlineData("knee replacements")]
    [InlineData("MRI")]
    [InlineData("x-ray")]
    [InlineData("Crohn\u2019s")]
    [InlineData("physiotherapy")]
    public void Vocabulary_terms_and_their_plurals_are_health_terms(string term) =>
        Assert.True(HealthVocabulary.IsHealthTerm(term));

    [Theory]
    [InlineData("")]
    [InlineData("holiday")]
    [InlineData("parking")]
    [InlineData("replacement")]
    [InlineData("back")]
    public void Ordinary_words_are_not_health_terms(string term) =>
        Assert.False(HealthVocabulary.IsHealthTerm(term));

    [Theory]
    [InlineData("Maria had her knee replacement in May.", "Maria")]
    [InlineData("After the root canal, Joe felt fine.", "Joe")]
    [InlineData("Sam, type 2 diabetes since 2019", "Sam")]
    public void A_term_near_the_range_gives_health_context(string text, string target)
    {
        var start = text.IndexOf(target, StringComparison.Ordinal);
        Assert.True(HealthVocabulary.HasHealthContext(text, start, start + target.Length, 40));
    }

    [Fact]
    public void A_term_beyond_the_window_gives_no_context()
    {
        var text = "Maria visited us" + new string(' ', 60) + "for surgery.";
        Assert.False(HealthVocabulary.HasHealthContext(text, 0, 5, 30));
        Assert.True(HealthVocabulary.HasHealthContext(text, 0, 5, 100));
    }

    [Fact]
    public void A_word_cut_by_the_window_edge_does_not_count()
    {
        const string text = "xsurgery Maria came";
        var start = text.IndexOf("Maria", StringComparison.Ordinal);
        Assert.False(HealthVocabulary.HasHealthContext(text, start, start + 5, start - 2));
    }

    [Fact]
    public void Text_without_health_words_has_no_context() =>
        Assert.False(HealthVocabulary.HasHealthContext("Our office closes early on Friday for the holiday.", 0, 10, 100));
}
