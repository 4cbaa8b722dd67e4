using ContentLint.Core.Detection;
using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Tests.Detection.Photos;

public sealed class PhotoDetectorTests
{
    private const string Story = "---\ntitle: Ana\ntags: [\"patient stories\"]\n---\n\n";

    [Theory]
    [InlineData("a.md", Story + "Text.\n\n![On the bike](/img/stories/knee-0924.jpg)\n", "![On the bike](/img/stories/knee-0924.jpg)")]
    [InlineData("content/testimonials/ana.md", "Hi.\n\n<img src=\"/i/t-05.jpg\" alt=\"Ana with her granddaughter\" width=\"480\">\n", "<img src=\"/i/t-05.jpg\" alt=\"Ana with her granddaughter\" width=\"480\">")]
    [InlineData("success-stories.html", "<p>x</p>\n\t\t<img src=\"/s.jpg\" alt=\"Dana\">\n", "<img src=\"/s.jpg\" alt=\"Dana\">")]
    public void Images_on_patient_pages_are_found_whole(string path, string source, string image)
    {
        var found = Assert.Single(Run(path, source));
        var (start, end) = found.Segment.ToSource(found.Start, found.Length);
        Assert.Equal(image, source[start..end]);
    }

    [Theory]
    [InlineData("posts/news.md", "![Our gym with treadmills](/img/gym.jpg)\n")]
    [InlineData("posts/news.md", "![A woman brushing her teeth](/img/brush.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Retracted view, no face visible](/img/ana-1.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Dr. Lopez](/img/lopez.jpg)\n")]
    [InlineData("content/testimonials/ana.md", "![Smile](/images/team/lopez.jpg)\n")]
    [InlineData("posts/news.md", "`![Ana Ruiz smiling](/a.jpg)` is how you write an image.\n")]
    public void Site_staff_intraoral_and_code_images_are_not_found(string path, string source) =>
        Assert.Empty(Run(path, source));

    [Fact]
    public void A_named_person_smiling_is_found_outside_patient_pages() =>
        Assert.Single(Run("posts/first-visit.md", "Fun.\n\n![Mateo Ruiz smiling in the big chair](/images/june.jpg)\n"));

    private static List<Candidate> Run(string path, string source)
    {
        var document = DocumentParser.Parse(new SourceFile(path, source));
        document.Profile = Tests.Profile.ProfileHarness.Of(path, source);
        var candidates = new List<Candidate>();
        foreach (var detector in DetectorRegistry.CreateAll(RuleCatalog.Default).Where(d => d.RuleIds.Contains("PHI017")))
        {
            detector.Detect(document, candidates);
        }

        return [.. candidates.Where(c => c.RuleId == "PHI017")];
    }
}
