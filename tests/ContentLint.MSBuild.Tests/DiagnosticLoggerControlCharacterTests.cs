using System.Collections;
using ContentLint.Core.Model;
using ContentLint.Core.Pipeline;
using ContentLint.Core.Rules;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ContentLint.MSBuild.Tests;

/// <summary>
/// Issue 17 item 10: MSBuild's console logger prints the file of an error as it is given, so a file name holding a
/// line break would start a line of its own in the build log (a live <c>::warning …</c> workflow command in CI).
/// </summary>
public sealed class DiagnosticLoggerControlCharacterTests
{
    [Fact]
    public void The_file_and_message_given_to_msbuild_hold_no_control_character()
    {
        var engine = new RecordingBuildEngine();
        var root = Path.Combine(Path.GetTempPath(), "site");
        var logger = new DiagnosticLogger(new TaskLoggingHelper(engine, "ContentLintScan"), FailOn.Error, root, RuleCatalog.Default);

        logger.Log(new Diagnostic("PHI004", Severity.Error, "y\n::warning file=ok.md::INJECTED\u001b.md", new SourceRange(1, 18, 1, 30), "Possible telephone number\u001b[2J"));

        var error = Assert.Single(engine.Errors);
        Assert.Equal(Path.Combine(root, @"y\x0A::warning file=ok.md::INJECTED\x1B.md"), error.File);
        Assert.Equal(@"Possible telephone number\x1B[2J", error.Message);
    }

    private sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<BuildErrorEventArgs> Errors { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "site.csproj";

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e)
        {
        }

        public void LogMessageEvent(BuildMessageEventArgs e)
        {
        }

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}
