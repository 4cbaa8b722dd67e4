using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing.Code;
using ContentLint.Core.Rules;
using ContentLint.Core.Suppression;

namespace ContentLint.Core.Tests.Parsing.Code;

/// <summary>Suppression directives in code comments reach the suppression reader as HTML comments do.</summary>
public sealed class CodeSuppressionTests
{
    [Theory]
    [InlineData("// contentlint-disable-next-line PHI007 -- front desk\nconst ssn = \"SSN 457-23-8816\";\nconst other = \"SSN 536-71-2049\";")]
    [InlineData("/* contentlint-disable-next-line PHI007 -- front desk */\nconst ssn = \"SSN 457-23-8816\";\nconst other = \"SSN 536-71-2049\";")]
    [InlineData("export const A = () => (\n  <div>\n    {/* contentlint-disable-next-line PHI007 -- front desk */}\n    <p>SSN 457-23-8816</p>\n    <p>SSN 536-71-2049</p>\n  </div>\n);")]
    public void A_directive_comment_in_a_jsx_file_suppresses_the_finding_on_the_next_line_only(string source)
    {
        var segments = new List<Segment>();
        ScriptSegmentExtractor.Extract(source, 0, source.Length, ScriptDialect.JavaScript, segments, []);
        var document = new ContentDocument(new SourceFile("src/Contact.jsx", source), null, segments, []);
        var catalog = RuleCatalog.Default;
        var candidates = new List<Candidate>();
        foreach (var detector in DetectorRegistry.CreateAll(catalog))
        {
            detector.Detect(document, candidates);
        }

        var numbers = candidates.Where(c => c.RuleId == "PHI007")
            .Select(c => c.Segment.ToSource(c.Start, c.Length).Start).Distinct().Order().ToList();
        var suppressions = SuppressionReader.Read(document, catalog);

        Assert.Equal([source.IndexOf("457-23-8816", StringComparison.Ordinal), source.IndexOf("536-71-2049", StringComparison.Ordinal)], numbers);
        Assert.Empty(suppressions.Problems);
        Assert.NotNull(suppressions.Suppress("PHI007", numbers[0]));
        Assert.Null(suppressions.Suppress("PHI007", numbers[1]));
    }
}
