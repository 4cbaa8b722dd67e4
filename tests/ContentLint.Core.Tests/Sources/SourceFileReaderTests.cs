using ContentLint.Core.Sources;

namespace ContentLint.Core.Tests.Sources;

public sealed class SourceFileReaderTests
{
    [Fact]
    public void A_utf8_bom_is_stripped_and_remembered()
    {
        var result = SourceFileReader.Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i'], "a.md");

        Assert.True(result.Succeeded);
        Assert.Equal("hi", result.File.Text);
        Assert.True(result.File.HadByteOrderMark);
        Assert.Equal("a.md", result.File.Path);
    }

    [Fact]
    public void Crlf_and_multibyte_text_are_kept_as_is()
    {
        var result = SourceFileReader.Decode(System.Text.Encoding.UTF8.GetBytes("# Café\r\nline 2\n"), "b.md");

        Assert.True(result.Succeeded);
        Assert.Equal("# Café\r\nline 2\n", result.File.Text);
        Assert.False(result.File.HadByteOrderMark);
    }

    [Fact]
    public void A_nul_byte_early_in_the_file_means_binary()
    {
        var bytes = new byte[100];
        bytes[50] = 0;

        var result = SourceFileReader.Decode(bytes, "logo.md");

        Assert.False(result.Succeeded);
        Assert.Equal("binary file, not scanned", result.Problem);
    }

    [Fact]
    public void A_nul_byte_after_the_probe_window_is_not_binary()
    {
        var bytes = Enumerable.Repeat((byte)'a', 9000).ToArray();
        bytes[8500] = 0;

        Assert.True(SourceFileReader.Decode(bytes, "long.md").Succeeded);
    }

    [Fact]
    public void Invalid_utf8_reports_the_byte_offset_and_no_content()
    {
        var result = SourceFileReader.Decode([0xEF, 0xBB, 0xBF, (byte)'S', (byte)'S', (byte)'N', 0xC3, 0x28], "c.md");

        Assert.False(result.Succeeded);
        Assert.Equal("not valid UTF-8 (byte offset 6), not scanned", result.Problem);
        Assert.Equal("c.md", result.RelativePath);
    }

    [Fact]
    public void Read_decodes_a_file_from_disk_and_an_empty_file_is_empty_text()
    {
        using var tree = new TempTree();
        var path = tree.Write("a.md", "Hello\r\n");
        var empty = tree.Write("empty.md", "");

        Assert.Equal("Hello\r\n", SourceFileReader.Read(path, "a.md").File?.Text);
        Assert.Equal(string.Empty, SourceFileReader.Read(empty, "empty.md").File?.Text);
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_an_exception()
    {
        using var tree = new TempTree();

        var result = SourceFileReader.Read(tree.PathOf("gone.md"), "gone.md");

        Assert.Equal("cannot read the file (file not found)", result.Problem);
    }

    [Fact]
    public void Files_over_64_mb_are_too_large()
    {
        using var tree = new TempTree();
        var path = tree.PathOf("huge.md");
        using (var stream = File.Create(path))
        {
            stream.SetLength(SourceFileReader.MaxFileBytes + 1);
        }

        Assert.Equal("too large (over 64 MB), not scanned", SourceFileReader.Read(path, "huge.md").Problem);
    }

    [Fact]
    public void Decode_records_the_origin_of_git_blobs()
    {
        var result = SourceFileReader.Decode("x"u8.ToArray(), "a.md", "index");

        Assert.Equal("index", result.File?.Origin);
    }
}
