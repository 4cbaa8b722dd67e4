using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Detection.Photos;
using ContentLint.Core.Detection.Urls;
using ContentLint.Core.Images;
using ContentLint.Core.Model;
using ContentLint.Core.Web;

namespace ContentLint.Core.Tests.Model;

/// <summary>Records print their properties by default; none that holds page text may print it (CONTRACT §7).</summary>
public sealed class RecordPrintingTests
{
    private const string Secret = "kim.lee@mailbox.example";

    [Fact]
    public void Records_holding_page_text_never_print_it()
    {
        var segment = new SegmentBuilder().AppendVerbatim(Secret, 0, Secret.Length).Build(RegionKind.Prose);
        object[] records =
        [
            segment,
            new SourceFile("a.md", Secret),
            new Candidate("PHI006", segment, 0, Secret.Length, Confidence.High),
            new NameToken(0, 3, Secret, true, false, false),
            new EmailAddressMatch(0, Secret.Length, "kim.lee", "mailbox.example", false),
            new ImageParts(Secret, Secret, Secret),
            new UrlParts(Secret, [Secret], [Secret], Secret),
            new ImageValue(ImageValueKind.Creator, "EXIF Artist", Secret),
            new ImageFact("PHI001", "EXIF Artist", Secret, Confidence.High),
            new ImageReference(segment, 0, Secret.Length, Secret),
            new MarkupAttribute("href", Secret, 0, Secret.Length),
            new Candidate("WEB005", segment, 0, Secret.Length, Confidence.High) { Detail = "asks for symptoms" },
        ];

        Assert.All(records, record => Assert.DoesNotContain("kim", record.ToString(), StringComparison.Ordinal));
    }
}
