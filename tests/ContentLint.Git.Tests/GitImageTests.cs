using ContentLint.Core.Tests.Images;

namespace ContentLint.Git.Tests;

/// <summary>In git modes the image bytes checked are the staged or committed ones, never the working tree's.</summary>
public sealed class GitImageTests : IDisposable
{
    private const string GpsFinding = "static/img/knee.jpg(1,1,1,1): error PHI002";
    private static readonly byte[] GpsPhoto = new JpegBuilder().Gps('N', 41, 52, 3000, 'W', 87, 37, 1200).Build();
    private static readonly byte[] CleanPhoto = new JpegBuilder().Software("Camera").Build();
    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    private void WriteImage(byte[] bytes)
    {
        var path = Path.Combine(_repo.Root, "static", "img", "knee.jpg");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_staged_photo_with_a_gps_position_is_reported_even_when_the_working_tree_copy_is_clean()
    {
        WriteImage(GpsPhoto);
        _repo.Git("add", ".");
        WriteImage(CleanPhoto);

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(GpsFinding, StringComparison.Ordinal));
    }

    [Fact]
    public void A_clean_staged_photo_passes_even_when_the_working_tree_copy_has_gps()
    {
        WriteImage(CleanPhoto);
        _repo.Git("add", ".");
        WriteImage(GpsPhoto);

        var result = CliRunner.Run(_repo, "scan", "--staged");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.FindingLines);
    }

    [Fact]
    public void A_photo_changed_by_a_branch_is_reported_in_diff_mode_on_the_image()
    {
        WriteImage(CleanPhoto);
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("site");
        _repo.Git("checkout", "-q", "-b", "feature");
        WriteImage(GpsPhoto);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("new photo");

        var result = CliRunner.Run(_repo, "scan", "--diff", "main...HEAD");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith(GpsFinding, StringComparison.Ordinal));
    }
}
