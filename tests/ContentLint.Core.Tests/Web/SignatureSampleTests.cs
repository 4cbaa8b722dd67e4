using ContentLint.Core.Web;

namespace ContentLint.Core.Tests.Web;

/// <summary>Every sample of rules/web/*.yml, on a page that is both patient-facing and a patient story (all rules apply).</summary>
public sealed class SignatureSampleTests
{
    public static TheoryData<string, string, bool> Samples()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var signature in SignatureSet.Default.Signatures)
        {
            foreach (var sample in signature.Match)
            {
                data.Add(signature.Id, sample, true);
            }

            foreach (var sample in signature.NoMatch)
            {
                data.Add(signature.Id, sample, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_is_recognized_as_its_signature_exactly_when_it_should(string id, string sample, bool isMatch)
    {
        var signature = SignatureSet.Default.Signatures.Single(s => s.Id == id);
        var page = "---\nlayout: testimonial\ntags: [appointment]\n---\n" + sample + "\n";

        var messages = PageExampleHarness.Scan(page, PageExampleHarness.Config, "content/page.md")
            .Where(d => d.Code == signature.RuleId)
            .Select(d => d.Message)
            .ToList();

        var named = messages.Any(m => m.Contains($": {signature.Name} (", StringComparison.Ordinal) || m.EndsWith($"sent to {signature.Name}", StringComparison.Ordinal));
        Assert.True(isMatch == named, $"{id}: {(isMatch ? "not recognized" : "recognized")}; messages: {string.Join(" | ", messages)}");
    }

    [Fact]
    public void Signatures_are_loaded_once_with_unique_ids_and_every_kind_in_use()
    {
        var signatures = SignatureSet.Default.Signatures;

        Assert.Same(SignatureSet.Default, SignatureSet.Default);
        Assert.Equal(signatures.Count, signatures.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(WebSignature.RuleOfKind.Keys.Order(StringComparer.Ordinal), signatures.Select(s => s.Kind).Distinct().Order(StringComparer.Ordinal));
        Assert.All(signatures, s => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", s.Id));
    }

    [Theory]
    [InlineData("signatures: [{id: a, name: A, kind: tracker, urls: [x.example]}]", "'kind' must be one of")]
    [InlineData("signatures: [{id: a, name: A, kind: analytics, urls: [x.example], match: [m], noMatch: [n], colour: red}]", "'colour' is not a known field")]
    [InlineData("signatures: [{id: a, name: A, kind: analytics, urls: [x.example]}]", "needs match and noMatch samples")]
    [InlineData("signatures: [{id: a, name: A, kind: analytics, urls: [/path], match: [m], noMatch: [n]}]", "must start with a host name")]
    [InlineData("signatures: [{id: a, name: A, kind: analytics, elements: [\"div!x\"], match: [m], noMatch: [n]}]", "is not tag, .class, #id or [attribute]")]
    public void Invalid_signature_files_name_the_signature_and_field(string yaml, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => SignatureReader.Read(yaml, "test.yml"));

        Assert.Contains("rules/web/test.yml", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
