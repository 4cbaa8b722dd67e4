using ContentLint.Core.Model;
using ContentLint.Core.Parsing;
using YamlDotNet.Core.Events;

namespace ContentLint.Core.Tests.Parsing;

/// <summary>
/// Every document the simple parser makes shares one collection of default tag directives (building one per page
/// cost a third of its time). That is safe only while nothing changes it: loading pages, also in parallel, must leave
/// it as it was.
/// </summary>
public sealed class SharedTagDirectivesTests
{
    private const string Page = "---\ntitle: \"A visit\"\ntags: [knee, running]\nconsent:\n  status: granted\n---\nBody.\n";

    [Fact]
    public void Loading_many_pages_in_parallel_leaves_the_shared_directives_unchanged()
    {
        Parallel.For(0, 2000, _ =>
        {
            var block = FrontMatterReader.Locate(Page)!.Value;
            Assert.NotNull(FrontMatterReader.Read(Page, block, new List<Segment>(), new List<ParseProblem>()));
        });

        var body = FrontMatterReader.Locate(Page)!.Value;
        var events = SimpleFrontMatterParser.TryParse(Page, body.ContentStart, body.ContentEnd);
        var documentStart = Assert.Single(Assert.IsType<List<ParsingEvent>>(events).OfType<DocumentStart>());
        Assert.Equal(
            [("!", "!"), ("!!", "tag:yaml.org,2002:")],
            documentStart.Tags!.Select(tag => (tag.Handle, tag.Prefix)));
    }
}
