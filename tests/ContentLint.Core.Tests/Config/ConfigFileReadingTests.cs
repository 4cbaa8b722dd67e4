using System.Diagnostics;
using ContentLint.Core.Config;
using ContentLint.Core.Suppression;

namespace ContentLint.Core.Tests.Config;

/// <summary>
/// Configuration and baseline files are read as regular files of bounded size: a device, a pipe or a symbolic link
/// leaving the repository is a clear error naming the file, never a hang, an out-of-memory or a quoted line.
/// </summary>
public sealed class ConfigFileReadingTests : IDisposable
{
    private readonly string _repo = Path.Combine(Path.GetTempPath(), "contentlint-tests", Guid.NewGuid().ToString("N"));

    public ConfigFileReadingTests() => Directory.CreateDirectory(Path.Combine(_repo, ".git"));

    public void Dispose() => Directory.Delete(_repo, recursive: true);

    [Fact]
    public void Dev_zero_as_configuration_is_refused_without_reading_it_all()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load("/dev/zero", ConfigFixtures.KnownRuleIds));

        Assert.StartsWith("/dev/zero: error CL0002: cannot read the configuration file (not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dev_zero_as_baseline_is_refused_without_reading_it_all()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        var ex = Assert.Throws<BaselineFormatException>(() => Baseline.Load("/dev/zero"));

        Assert.StartsWith("/dev/zero: error CL0003: cannot read the baseline file (not a regular file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_pipe_as_configuration_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = MakeFifo("config.yml");

        // No writer ever opens the pipe: a blocking open would never return (TimeoutException), so the bound only
        // decides when the test fails.
        var ex = await Task.Run(() => Assert.Throws<ConfigException>(() => ConfigLoader.Load(fifo, ConfigFixtures.KnownRuleIds)))
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"{fifo}: error CL0002: cannot read the configuration file (not a regular file (pipe, socket or device))", ex.Message);
    }

    [Fact]
    public async Task A_named_pipe_as_baseline_is_refused_without_blocking()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = MakeFifo("baseline.txt");

        var ex = await Task.Run(() => Assert.Throws<BaselineFormatException>(() => Baseline.Load(fifo))).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"{fifo}: error CL0003: cannot read the baseline file (not a regular file (pipe, socket or device))", ex.Message);
    }

    [Fact]
    public void A_configuration_larger_than_the_cap_is_refused()
    {
        var path = Path.Combine(_repo, ".contentlint.yml");
        File.WriteAllText(path, "# " + new string('x', (int)ConfigLoader.MaxFileBytes) + "\n");

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, ConfigFixtures.KnownRuleIds));

        Assert.Equal($"{path}: error CL0002: cannot read the configuration file (larger than 1 MiB)", ex.Message);
    }

    [Fact]
    public void A_committed_configuration_linking_out_of_the_repository_is_refused_and_not_quoted()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var outside = Path.Combine(_repo + "-outside.txt");
        File.WriteAllText(outside, "Jane Secretpatient: x\n");
        var link = Path.Combine(_repo, ".contentlint.yml");
        File.CreateSymbolicLink(link, outside);
        try
        {
            var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(link, ConfigFixtures.KnownRuleIds));

            Assert.Equal($"{link}: error CL0002: the configuration file is a symbolic link that leaves the repository; not followed", ex.Message);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_committed_configuration_linking_to_dev_zero_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var link = Path.Combine(_repo, ".contentlint.yml");
        File.CreateSymbolicLink(link, "/dev/zero");

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(link, ConfigFixtures.KnownRuleIds));

        Assert.Equal("the configuration file is a symbolic link that leaves the repository; not followed", ex.Problem);
    }

    [Fact]
    public void A_configuration_linking_inside_the_repository_is_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        Directory.CreateDirectory(Path.Combine(_repo, "config"));
        File.WriteAllText(Path.Combine(_repo, "config", "contentlint.yml"), "staff: [\"Dr. Maria Lopez\"]\n");
        var link = Path.Combine(_repo, ".contentlint.yml");
        File.CreateSymbolicLink(link, Path.Combine("config", "contentlint.yml"));

        var config = ConfigLoader.Load(link, ConfigFixtures.KnownRuleIds);

        Assert.Equal(["Dr. Maria Lopez"], config.Staff);
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_repo, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
