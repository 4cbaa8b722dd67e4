using ContentLint.Core.Text;

namespace ContentLint.Core.Tests.Text;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("She came in. Her knee was swollen.", "Her knee", "Her knee was swollen.")]
    [InlineData("Dr. Lee saw Walter P. Sims today. Next.", "Sims", "Dr. Lee saw Walter P. Sims today.")]
    [InlineData("Visit No. 4 went well! Then rest.", "went", "Visit No. 4 went well!")]
    [InlineData("Name: Jane Roe | Phone: 555-201-3300", "Phone", "Name: Jane Roe | Phone: 555-201-3300")]
    [InlineData("First paragraph\n\nSecond one here", "Second", "Second one here")]
    [InlineData("**Done.** Her ankle healed.", "ankle", "Her ankle healed.")]
    public void The_sentence_around_a_word_is_bounded_by_its_own_ends(string text, string word, string sentence)
    {
        var start = text.IndexOf(word, StringComparison.Ordinal);
        var (from, to) = Sentences.Around(text, start, start + word.Length);
        Assert.Equal(sentence, text[from..to].TrimStart('*').Trim()); // white space between sentences belongs to either
    }

    [Fact]
    public void A_sentence_is_looked_for_no_further_than_the_reach()
    {
        var text = new string('a', 1000) + " value";
        var position = text.IndexOf("value", StringComparison.Ordinal);
        Assert.Equal(position - 10, Sentences.Start(text, position, 10));
    }

    [Fact]
    public void The_next_sentence_can_be_included()
    {
        const string text = "We met Ana. She lives in Dover. Bye.";
        var start = text.IndexOf("Ana", StringComparison.Ordinal);
        var (from, to) = Sentences.AroundWithNext(text, start, start + 3);
        Assert.Equal("We met Ana. She lives in Dover.", text[from..to]);
    }
}
