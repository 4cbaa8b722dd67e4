using ContentLint.Core.Images;
using ContentLint.Core.Tests.Sources;

namespace ContentLint.Core.Tests.Images;

public sealed class WorkingTreeImageSourceTests
{
    [Fact]
    public void Reads_a_file_of_the_working_tree_and_nothing_for_a_missing_one()
    {
        using var tree = new TempTree();
        var bytes = new JpegBuilder().Artist("Ruth Abernathy").Build();
        tree.WriteBytes("static/img/a.jpg", bytes);
        var source = new WorkingTreeImageSource(tree.Root);

        var read = source.Read("static/img/a.jpg");

        Assert.NotNull(read);
        Assert.Null(read.Problem);
        Assert.Equal(bytes, read.Bytes.ToArray());
        Assert.False(read.Truncated);
        Assert.Null(source.Read("static/img/missing.jpg"));
        Assert.Null(source.Read("static/img"));
    }

    [Fact]
    public void A_missing_folder_is_looked_up_once_per_source()
    {
        using var tree = new TempTree();
        var bytes = new JpegBuilder().Build();
        var source = new WorkingTreeImageSource(tree.Root);

        Assert.Null(source.Read("public/img/a.jpg"));
        tree.WriteBytes("public/img/a.jpg", bytes);

        // The first answer stands for this source (one scan); a new source sees the folder.
        Assert.Null(source.Read("public/img/a.jpg"));
        Assert.Equal(bytes, new WorkingTreeImageSource(tree.Root).Read("public/img/a.jpg")?.Bytes.ToArray());
    }

    [Fact]
    public void A_folder_missed_in_another_case_is_still_found()
    {
        // Folder answers are kept by exact name: a case-sensitive folder on a case-insensitive system stays readable.
        using var tree = new TempTree();
        var bytes = new JpegBuilder().Build();
        tree.WriteBytes("static/img/a.jpg", bytes);
        var source = new WorkingTreeImageSource(tree.Root);

        var otherCase = source.Read("STATIC/IMG/a.jpg");

        Assert.Equal(bytes, source.Read("static/img/a.jpg")?.Bytes.ToArray());
        Assert.True(otherCase is null || otherCase.Bytes.ToArray().SequenceEqual(bytes));
    }

    [Fact]
    public void Reads_through_a_linked_folder_inside_the_repository()
    {
        using var tree = new TempTree();
        var bytes = new JpegBuilder().Build();
        tree.WriteBytes("static/img/a.jpg", bytes);
        tree.Link("images", tree.PathOf("static/img"));

        Assert.Equal(bytes, new WorkingTreeImageSource(tree.Root).Read("images/a.jpg")?.Bytes.ToArray());
    }

    [Fact]
    public void Never_reads_above_the_repository_even_through_a_symbolic_link()
    {
        using var outside = new TempTree();
        outside.WriteBytes("secret.jpg", new JpegBuilder().Build());
        using var tree = new TempTree();
        tree.Link("img/linked.jpg", outside.PathOf("secret.jpg"));
        var source = new WorkingTreeImageSource(tree.Root);

        Assert.Null(source.Read("../" + Path.GetFileName(outside.Root) + "/secret.jpg"));
        Assert.Equal("symbolic link points outside the repository; not followed", source.Read("img/linked.jpg")?.Problem);
    }

    [Fact]
    public void Reads_at_most_the_byte_limit_of_a_large_file()
    {
        using var tree = new TempTree();
        var large = new byte[ImageFiles.MaxBytes + 4096];
        new JpegBuilder().Artist("Ruth Abernathy").Build().CopyTo(large, 0);
        tree.WriteBytes("big.jpg", large);

        var read = new WorkingTreeImageSource(tree.Root).Read("big.jpg")!;

        Assert.Equal(ImageFiles.MaxBytes, read.Bytes.Length);
        Assert.Equal(large.LongLength, read.Length);
        Assert.True(read.Truncated);
    }

    [Fact]
    public void A_named_pipe_called_photo_jpg_is_a_problem_not_a_hang()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var tree = new TempTree();
        Directory.CreateDirectory(tree.PathOf("img"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", tree.PathOf("img/photo.jpg")))
        {
            mkfifo.WaitForExit();
        }

        var read = new WorkingTreeImageSource(tree.Root).Read("img/photo.jpg");

        Assert.Equal("not a regular file (pipe, socket or device), not scanned", read?.Problem);
    }
}
