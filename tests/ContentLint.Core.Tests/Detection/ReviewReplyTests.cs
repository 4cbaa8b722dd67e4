using ContentLint.Core.Config;
using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection;

/// <summary>
/// WEB007 in review records (docs/web-hazards.md, "Replies to reviews"): the reply under a reply key confirms the
/// reviewer is a patient when it names them or their care. The catalog's page examples cover pages. Names invented.
/// </summary>
public sealed class ReviewReplyTests
{
    private static readonly IReadOnlyList<IDetector> Detectors = DetectorRegistry.CreateAll(RuleCatalog.Default);

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

        // The second reply mentions the first reviewer's name, not its own: no reviewer of its record is named.
        Assert.DoesNotContain(Scan("src/data/reviews.json", export), d => d.Code == "WEB007");
    }

    private static (int, int, int, int) Columns(Diagnostic diagnostic)
    {
        var range = diagnostic.Range!.Value;
        return (range.StartLine, range.StartColumn, range.EndLine, range.EndColumn);
    }

    private static IReadOnlyList<Diagnostic> Scan(string path, string text)
    {
        var config = ConfigLoader.Parse("organization:\n  names: [Bayside Dental]\n", "site.yml", Path.GetTempPath(), RuleCatalog.Default.Ids) with { SourcePath = null };
        return new Scanner(new ScanOptions(config, RuleCatalog.Default), Detectors).Scan(new SourceFile(path, text)).Diagnostics;
    }
}
