namespace ContentLint.Git.Tests;

/// <summary>
/// Git LFS pointers in every git mode: only a well-formed pointer (docs/git.md) is skipped with a note; a file that
/// merely starts like one is content and is scanned (issue 17, item 1).
/// </summary>
public sealed class LfsPointerTests : IDisposable
{
    private const string Version = "version https://git-lfs.github.com/spec/v1\n";
    private const string Oid = "oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n";
    private const string Size = "size 12345\n";

    /// <summary>The reproduction: the pointer's first line, then an SSN and a telephone number.</summary>
    private const string FakeHeader = Version + "My SSN is 555-12-3456, call 207-555-0199.\n";

    private readonly GitRepo _repo = new();

    public void Dispose() => _repo.Dispose();

    public static TheoryData<string> Modes => ["--staged", "--diff", "--history"];

    /// <summary>Files under 1 KiB that look like a pointer at first sight but are not one; each carries an SSN.</summary>
    public static TheoryData<string> NotPointers => new()
    {
        FakeHeader,
        Version + Oid + Size + "My SSN is 555-12-3456.\n",
        Version + "My SSN is 555-12-3456.\n" + Oid + Size,
        Version + Oid + "size 12345 My SSN is 555-12-3456.\n",
        Version.Replace("\n", "\r\n", StringComparison.Ordinal) + Oid + Size + "My SSN is 555-12-3456.\n",
        Version + "ext-0-note My SSN is 555-12-3456.\n" + Oid + Size,
        Version + Oid + Size + "\nMy SSN is 555-12-3456.\n",
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_file_that_only_starts_with_the_pointer_header_is_scanned(string mode)
    {
        var result = Scan(mode, FakeHeader);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.StartsWith("content/s.md(2,11,2,22): error PHI007:", StringComparison.Ordinal));
        Assert.Contains(result.FindingLines, line => line.StartsWith("content/s.md(2,29,2,41): error PHI004:", StringComparison.Ordinal));
        Assert.DoesNotContain("CL1001", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("555-12-3456", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NotPointers))]
    public void Anything_but_a_well_formed_pointer_is_content(string text)
    {
        var result = Scan("--staged", text);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.FindingLines, line => line.Contains(": error PHI007:", StringComparison.Ordinal));
        Assert.DoesNotContain("CL1001", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void A_well_formed_pointer_is_skipped_with_a_note(string mode)
    {
        var result = Scan(mode, Version + Oid + Size, "--fail-on", "note");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/s.md: info CL1001: a Git LFS pointer", result.StdOut, StringComparison.Ordinal);
        Assert.Empty(result.FindingLines);
    }

    [Fact]
    public void A_pointer_with_sorted_extension_lines_is_a_pointer()
    {
        var text = Version
            + "ext-0-foo sha256:" + new string('a', 64) + "\n"
            + "ext-1-bar sha256:" + new string('b', 64) + "\n"
            + Oid + Size;

        var result = Scan("--staged", text, "--fail-on", "note");

        Assert.Contains("content/s.md: info CL1001: a Git LFS pointer", result.StdOut, StringComparison.Ordinal);
    }

    /// <summary>Commits a clean base, then puts <paramref name="text"/> at content/s.md (staged, or committed for --diff and --history) and scans.</summary>
    private ProcessResult Scan(string mode, string text, params string[] extra)
    {
        _repo.Write("content/hours.md", Pages.Clean);
        _repo.Git("add", ".");
        _repo.CommitWithoutHook("base");
        _repo.Write("content/s.md", text);
        _repo.Git("add", ".");
        if (mode != "--staged")
        {
            _repo.CommitWithoutHook("pointer");
        }

        string[] args = mode == "--diff" ? ["scan", "--diff", "HEAD~1"] : ["scan", mode];
        return CliRunner.Run(_repo, [.. args, .. extra]);
    }
}
