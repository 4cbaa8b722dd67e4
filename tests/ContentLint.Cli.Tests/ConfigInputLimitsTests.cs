using System.Diagnostics;

namespace ContentLint.Cli.Tests;

/// <summary>
/// The reproductions of issue 17 for configuration, baseline, glob and path input: each is one clear diagnostic and
/// exit 2 (or a CL1001 for the one file while the scan goes on), never a hang, an out-of-memory or a quoted line.
/// </summary>
public sealed class ConfigInputLimitsTests
{
    private const string Page = "Reach me at kim@mailbox.example\n";

    private static bool HasDevices => File.Exists("/dev/zero") && !OperatingSystem.IsWindows();

    [Fact]
    public void Config_dev_zero_exits_2_with_a_config_error()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("a.md", Page);

        var run = repo.Run("scan", "--config", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("/dev/zero: error CL0002: cannot read the configuration file (not a regular file", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Baseline_dev_zero_exits_2_with_a_baseline_error()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("a.md", Page);

        var run = repo.Run("scan", "--baseline", "/dev/zero");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("/dev/zero: error CL0003: cannot read the baseline file (not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_committed_configuration_linked_to_dev_zero_exits_2()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        File.CreateSymbolicLink(Path.Combine(repo.Root, ".contentlint.yml"), "/dev/zero");

        var run = repo.Run("scan");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{Path.Combine(repo.Root, ".contentlint.yml")}: error CL0002: the configuration file is a symbolic link that leaves the repository; not followed",
            run.Error.Trim());
    }

    [Fact]
    public async Task Config_naming_a_fifo_exits_2_instead_of_hanging()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        var fifo = Path.Combine(repo.Root, "config.yml");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
        }

        // A hang shows as a TimeoutException.
        var run = await Task.Run(() => repo.Run("scan", "--config", fifo)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{fifo}: error CL0002: cannot read the configuration file (not a regular file (pipe, socket or device))", run.Error.Trim());
    }

    [Fact]
    public void A_committed_configuration_linked_outside_the_repository_is_not_read_or_quoted()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        var outside = repo.Root + "-secret.txt";
        File.WriteAllText(outside, "Hank Dufresne:x:19000:0:99999:7:::\n");
        File.CreateSymbolicLink(Path.Combine(repo.Root, ".contentlint.yml"), outside);
        try
        {
            var run = repo.Run("scan");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("error CL0002: the configuration file is a symbolic link that leaves the repository", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Dufresne", run.Error + run.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void An_unknown_key_holding_a_name_is_not_echoed()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        repo.Write(".contentlint.yml", "staff: [\"Dr. Maria Lopez\"]\nHank Dufresne: 1\n");

        var run = repo.Run("scan");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"{Path.Combine(repo.Root, ".contentlint.yml")}(2,1): error CL0002: unknown key (expected one of: include, exclude, organization, staff, privacy_reviewers, consent, allow, rules, processors, web, images)", run.Error.Trim());
    }

    [Fact]
    public void A_backwards_range_glob_is_a_config_error_not_an_internal_error()
    {
        using var repo = new TempRepository();
        repo.Write("a.md", Page);
        repo.Write(".contentlint.yml", "include: [\"[z-a]\"]\n");

        var run = repo.Run("scan");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(
            $"{Path.Combine(repo.Root, ".contentlint.yml")}(1,11): error CL0002: invalid glob '[z-a]': a character range runs backwards (e.g. 'z-a') at 'include[0]'",
            run.Error.Trim());
    }

    [Fact]
    public void A_backwards_range_in_a_gitignore_line_is_skipped_not_an_internal_error()
    {
        using var repo = new TempRepository();
        repo.Write("good.md", Page);
        repo.Write(".gitignore", "[z-a]\n");

        var run = repo.Run("scan");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.Lines, line => line.StartsWith("good.md(1,13,1,32): error PHI006", StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_longer_than_the_system_limit_is_one_cl1001_and_the_scan_goes_on()
    {
        if (!HasDevices)
        {
            return;
        }

        using var repo = new TempRepository();
        repo.Write("good.md", Page);
        var segment = new string('d', 200);
        var deep = string.Join('/', Enumerable.Repeat(segment, 21));
        using (var mkdir = Process.Start("mkdir", ["-p", Path.Combine(repo.Root, deep)]))
        {
            mkdir.WaitForExit();
            Assert.Equal(0, mkdir.ExitCode);
        }

        try
        {
            var run = repo.Run("scan");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(run.Lines, line => line.StartsWith("good.md(1,13,1,32): error PHI006", StringComparison.Ordinal));
            var tooLong = Assert.Single(run.Lines, line => line.Contains("CL1001", StringComparison.Ordinal));
            Assert.EndsWith("warning CL1001: path longer than 4095 bytes; not scanned, nor anything below it", tooLong, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            // .NET cannot delete below the system's path limit; rm walks down folder by folder.
            using var rm = Process.Start("rm", ["-rf", Path.Combine(repo.Root, segment)]);
            rm.WaitForExit();
        }
    }
}
