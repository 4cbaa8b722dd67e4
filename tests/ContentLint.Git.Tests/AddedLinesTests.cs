namespace ContentLint.Git.Tests;

/// <summary>The line diff that decides which findings a pull request introduced.</summary>
public sealed class AddedLinesTests
{
    [Theory]
    [InlineData("a\nb\nc\n", "a\nb\nc\n", "")]
    [InlineData("a\nb\nc\n", "a\nX\nb\nc\n", "2")]
    [InlineData("a\nb\nc\n", "a\nB\nc\n", "2")]
    [InlineData("a\nb\nc\n", "c\n", "")]
    [InlineData("", "a\nb\n", "1,2")]
    [InlineData("a\nb\n", "a\nb\nc", "3")]
    [InlineData("a\nb", "a\nb\n", "2")]
    [InlineData("a\r\nb\r\n", "a\nb\n", "1,2")]
    [InlineData("x\ny\nx\ny\n", "x\ny\nz\nx\ny\n", "3")]
    [InlineData("Pasted\rsame git line\nOther\n", "Pasted\rsame git line\nOther\nNew\n", "4")]
    [InlineData("a\rb\n", "a\rB\n", "2")]
    [InlineData("a\n", "a\nb", "2")]
    public void Added_lines_are_the_new_file_lines_not_in_the_old(string before, string after, string expected)
    {
        var added = AddedLines.Between(before, after).Order();

        Assert.Equal(expected, string.Join(',', added));
    }

    [Fact]
    public void A_new_file_is_added_in_full()
    {
        Assert.Equal([1, 2, 3], AddedLines.Between(null, "a\nb\nc\n").Order());
    }

    [Fact]
    public void Beyond_the_edit_limit_every_differing_line_counts_as_added()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => $"old {i}\n"));
        var after = "same\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"new {i}\n"));

        Assert.Equal(Enumerable.Range(2, 3000), AddedLines.Between("same\n" + before, after).Order());
    }

    [Fact]
    public void The_number_of_added_lines_matches_git_diff_on_random_edits()
    {
        var random = new Random(7);
        using var repo = new GitRepo();
        for (var round = 0; round < 25; round++)
        {
            var before = Enumerable.Range(0, random.Next(0, 60)).Select(_ => "line " + random.Next(0, 12)).ToList();
            var after = new List<string>(before);
            for (var edit = random.Next(0, 12); edit > 0; edit--)
            {
                var at = random.Next(0, after.Count + 1);
                switch (random.Next(3))
                {
                    case 0: after.Insert(at, "line " + random.Next(0, 12)); break;
                    case 1 when at < after.Count: after.RemoveAt(at); break;
                    default: if (at < after.Count) { after[at] = "changed " + random.Next(0, 5); } break;
                }
            }

            var oldText = string.Concat(before.Select(l => l + "\n"));
            var newText = string.Concat(after.Select(l => l + "\n"));
            repo.Write("old.txt", oldText);
            repo.Write("new.txt", newText);
            var diff = repo.Run("git", ["diff", "--no-index", "--no-color", "-U0", "--minimal", "old.txt", "new.txt"]);
            var gitAdded = diff.StdOut.Split('\n').Count(line => line.StartsWith('+') && !line.StartsWith("+++", StringComparison.Ordinal));

            Assert.Equal(gitAdded, AddedLines.Between(oldText, newText).Count);
        }
    }
}
