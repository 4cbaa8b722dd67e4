namespace ContentLint.Cli.Tests;

/// <summary>
/// The whole CLI over tests/Fixtures/golden-site (CRLF, BOM, tabs, emoji, entities, front matter in HTML, comments,
/// data files, scripts, components and templates with story records and a record's consent, a patient export and a text file,
/// attributes, a binary file, broken front matter) against a reviewed expected output. On a mismatch the actual
/// output is written beside the expected file as <c>*.actual.txt</c> for review.
/// </summary>
public sealed class GoldenSiteTests
{
    [Fact]
    public void Golden_site_output_matches_the_reviewed_expected_lines()
    {
        using var repo = new TempRepository();
        repo.CopyFixture("golden-site");

        var run = repo.Run("scan");

        var expectedPath = Path.Combine(RepositoryFolder(), "tests", "Fixtures", "golden-site.expected.txt");
        var actual = run.Out.ReplaceLineEndings("\n") + "exit code: " + run.ExitCode + "\n" + run.Error.ReplaceLineEndings("\n");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : string.Empty;
        if (expected != actual)
        {
            File.WriteAllText(expectedPath.Replace(".expected.", ".actual.", StringComparison.Ordinal), actual);
        }

        Assert.Equal(expected, actual);
    }

    private static string RepositoryFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentLint.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ContentLint.sln not found above the test output folder");
    }
}
