using ContentLint.Core.Model;
using ContentLint.Core.Reporting;

namespace ContentLint.Cli.Commands;

/// <summary>The text of <c>contentlint why</c> (docs/why.md): the page, its findings, its consent. Every line is printable.</summary>
internal static class WhyTextWriter
{
    public static void Write(WhyExplanation why, TextWriter output)
    {
        var profile = why.Profile;
        output.WriteLine(PrintableText.Escape(why.Result.Path));
        output.WriteLine($"  kind:       {WhyText.Kind(profile.Kind)}");
        output.WriteLine($"  evidence:   {Line(profile.Evidence)}");
        output.WriteLine($"  language:   {profile.Language ?? "unknown"}");
        if (profile.Site is { StaffCount: > 0 } or { ContactCount: > 0 })
        {
            output.WriteLine($"  site:       its own pages introduce {profile.Site.StaffCount} staff and give {profile.Site.ContactCount} contact details of the practice (not reported on any page)");
        }
        if (!why.Selected)
        {
            output.WriteLine("  note:       the configuration's exclude or .gitignore leaves this file out: 'scan' does not read it");
        }

        output.WriteLine();
        var findings = why.Findings;
        if (findings.Count == 0)
        {
            output.WriteLine(why.Line switch
            {
                null => "No finding on this page.",
                { } line when line > why.LineCount => $"No finding on line {line}: the file has {why.LineCount} lines.",
                { } line => $"No finding on line {line}.",
            });
        }

        foreach (var finding in findings)
        {
            WriteFinding(why, finding, output);
        }

        foreach (var problem in why.Problems)
        {
            output.WriteLine($"{Position(problem)}  {problem.Code}  {problem.Severity.ToString().ToLowerInvariant()}: {Line(problem.Message)}");
        }

        output.WriteLine();
        if (why.Consent.Count == 0)
        {
            output.WriteLine($"consent: {why.NoConsentFinding}");
        }

        foreach (var consent in why.Consent)
        {
            output.WriteLine($"consent: {consent.Code} {why.Title(consent)} ({Position(consent)})");
            output.WriteLine($"  severity:   {WhyText.Severity(consent.Severity)}");
            output.WriteLine($"  reason:     {Line(why.Reason(consent))}");
            output.WriteLine($"  message:    {Line(consent.Message)}");
        }
    }

    private static void WriteFinding(WhyExplanation why, Diagnostic finding, TextWriter output)
    {
        output.WriteLine($"{Position(finding)}  {finding.Code}  {why.Title(finding)}");
        output.WriteLine($"  severity:   {WhyText.Severity(finding.Severity)}");
        output.WriteLine($"  confidence: {WhyText.Confidence(finding)}");
        output.WriteLine($"  reason:     {Line(why.Reason(finding))}");
        output.WriteLine($"  message:    {Line(finding.Message)}");
    }

    /// <summary><c>line:column</c>, the form editors and terminals link.</summary>
    private static string Position(Diagnostic diagnostic) =>
        diagnostic.Range is { } range ? $"{range.StartLine}:{range.StartColumn}" : "file";

    private static string Line(string text) => PrintableText.Escape(text.ReplaceLineEndings(" "));
}
