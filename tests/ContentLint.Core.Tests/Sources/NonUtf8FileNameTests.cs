using ContentLint.Core.Config;
using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

/// <summary>
/// A working-tree file whose name is not valid UTF-8 (byte 0xFF here): .NET decodes the name with U+FFFD, which does
/// not name the file when encoded again, yet the file is scanned as the git modes scan it.
/// </summary>
public sealed class NonUtf8FileNameTests
{
    [Fact]
    public void A_file_named_with_byte_ff_is_walked_and_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // macOS and Windows file systems refuse names that are not valid Unicode.
        }

        using var tree = new TempTree();
        tree.Folder("content");
        GitCommandLine.Shell(tree.Root, "printf 'Call us on Monday.\\n' > \"content/caf$(printf '\\377').md\"");

        var items = new WorkingTreeWalker().Walk(tree.Root, [], ContentLintConfig.Default(tree.Root)).ToList();
        var item = Assert.Single(items);
        var read = SourceFileReader.Read(item.FullPath!, item.RelativePath);

        Assert.Equal("content/caf\uFFFD.md", item.RelativePath);
        Assert.True(read.Succeeded, read.Problem);
        Assert.Equal("Call us on Monday.\n", read.File.Text);
    }

    [Fact]
    public void A_folder_named_with_byte_ff_is_walked_and_its_files_read()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var tree = new TempTree();
        GitCommandLine.Shell(tree.Root, "d=\"caf$(printf '\\377')\"; mkdir \"$d\" && printf 'Hello\\n' > \"$d/page.md\"");

        var item = Assert.Single(new WorkingTreeWalker().Walk(tree.Root, [], ContentLintConfig.Default(tree.Root)));
        var read = SourceFileReader.Read(item.FullPath!, item.RelativePath);

        Assert.True(read.Succeeded, read.Problem);
        Assert.Equal("Hello\n", read.File.Text);
    }

    [Fact]
    public void Two_names_that_decode_alike_are_named_with_their_bytes_escaped_not_file_not_found()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var tree = new TempTree();
        GitCommandLine.Shell(tree.Root, "printf 'a\\n' > \"x$(printf '\\377').md\"; printf 'b\\n' > \"x$(printf '\\376').md\"");

        var items = new WorkingTreeWalker().Walk(tree.Root, [], ContentLintConfig.Default(tree.Root)).ToList();
        var problems = items.Select(item => SourceFileReader.Read(item.FullPath!, item.RelativePath)).Select(read => read.Problem).ToList();

        // Both names decode to "x\uFFFD.md"; the bytes are told apart in the message, and nothing claims the file is missing.
        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.DoesNotContain("not found", problem ?? string.Empty, StringComparison.Ordinal));
        Assert.Contains(problems, problem => problem is not null && problem.Contains("x\\xFF.md", StringComparison.Ordinal) && problem.Contains("x\\xFE.md", StringComparison.Ordinal));
    }
}
