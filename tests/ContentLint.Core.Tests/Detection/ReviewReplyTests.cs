using ContentLint.Core.Model;
using static ContentLint.Core.Tests.Pipeline.FileScan;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// WEB007 in review records (docs/web-hazards.md, "Replies to reviews"): the reply under a reply key confirms the
/// reviewer is a patient when it names them or their care. The catalog's page examples cover pages. Names invented.
/// </summary>
public sealed class ReviewReplyTests
{
    [Fact]
    public void A_reply_naming_the_reviewer_is_reported_on_the_name_and_the_message_does_not_quote_it()
    {
        const string export = "[{\"name\": \"Wren Calloway\", \"review\": \"Gentle and quick.\", \"response\": \"So glad we could help, Wren.\"}]";

        var reply = Assert.Single(Scan("src/data/reviews.json", export), d => d.Code == "WEB007");

        Assert.Equal((1, 95, 1, 99), Columns(reply));
        Assert.Equal(Severity.Error, reply.Severity);
        Assert.Equal("Reply to a review confirms the reviewer is a patient: the reply names the reviewer", reply.Message);
    }

    [Fact]
    public void A_reply_about_the_reviewers_care_is_reported_on_those_words()
    {
        const string reviews = "- author: Tobin F.\n  quote: Painless.\n  ownerReply: We hope your new implant is settling in.\n";

        var reply = Assert.Single(Scan("_data/testimonials.yml", reviews), d => d.Code == "WEB007");

        Assert.Equal((3, 23, 3, 39), Columns(reply));
        Assert.Equal("Reply to a review confirms the reviewer is a patient: the reply speaks of the reviewer's care", reply.Message);
    }

    [Theory]
    [InlineData("Thank you for your kind words!")]
    [InlineData("Thanks so much for the five stars.")]
    [InlineData("We take every comment seriously; please call our office manager.")]
    [InlineData("Dr. Velma Quarrington will be glad to read this.")]
    [InlineData("Thank you! The Bayside Dental Team")]
    public void A_reply_that_only_thanks_or_names_the_clinician_confirms_nothing(string response)
    {
        var export = "[{\"name\": \"Wren Calloway\", \"doctor\": \"Velma Quarrington\", \"review\": \"Lovely.\", \"response\": \"" + response + "\"}]";

        Assert.DoesNotContain(Scan("src/data/reviews.json", export), d => d.Code == "WEB007");
    }

    [Fact]
    public void An_answer_in_a_question_record_is_no_reply_to_a_review()
    {
        const string faq = "[{\"question\": \"What happens at the first visit?\", \"answer\": \"Your first visit starts with an exam.\"}]";

        Assert.DoesNotContain(Scan("src/data/faq.json", faq), d => d.Code == "WEB007");
    }

    [Fact]
    public void Each_reply_is_read_with_its_own_reviewer()
    {
        const string export = "[{\"name\": \"Wren Calloway\", \"review\": \"Lovely.\", \"response\": \"Thank you!\"},\n"
            + " {\"name\": \"Odalys Penhallow\", \"review\": \"Kind staff.\", \"response\": \"Thank you! Wren says hi.\"}]";

        // The second reply mentions the first reviewer's name, not its own; the third names its own reviewer.
        var replies = Scan("src/data/reviews.json", export + "\n").Where(d => d.Code == "WEB007").ToList();
        Assert.Empty(replies);
        var withOwn = export.Replace("}]", "},\n {\"name\": \"Ines Vogt\", \"review\": \"Kind.\", \"response\": \"Thank you, Ines!\"}]", StringComparison.Ordinal);
        Assert.Equal([3], Scan("src/data/reviews.json", withOwn).Where(d => d.Code == "WEB007").Select(d => d.Range!.Value.StartLine));
    }
}
