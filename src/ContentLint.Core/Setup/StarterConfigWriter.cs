using System.Text;

namespace ContentLint.Core.Setup;

/// <summary>Writes a commented starter <c>.contentlint.yml</c>: every learned value is marked for review.</summary>
public static class StarterConfigWriter
{
    public static string Write(StarterConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var yaml = new StringBuilder();
        yaml.Append("# ContentLint configuration, written by 'contentlint init'. Reference: docs/configuration.md\n")
            .Append("# yaml-language-server: $schema=https://github.com/contentlint/contentlint/blob/main/rules/schema/contentlint.schema.json\n")
            .Append("# Values marked 'review' were learned from the site: check each one, delete what is not the practice's own,\n")
            .Append("# then delete the comment. Everything listed under organization and staff is never reported as PHI.\n\n")
            .Append("# Site generator: ").Append(config.Generator.Name).Append('\n');
        List("include", config.Generator.Include.Select(v => new Proposal(v, string.Empty)), yaml, indent: 0);
        List("exclude", config.Generator.Exclude.Select(v => new Proposal(v, string.Empty)), yaml, indent: 0);
        yaml.Append("\norganization:              # the practice's own public details\n");
        List("names", config.Names, yaml, indent: 2);
        List("phones", config.Phones, yaml, indent: 2, comment: "matched by digits, any formatting");
        List("faxes", config.Faxes, yaml, indent: 2);
        List("emails", config.Emails, yaml, indent: 2, comment: "'*@domain' allows every address at the domain");
        yaml.Append("  addresses: []            # e.g. \"120 Main Street, Springfield, IL 62701\"\n");
        List("domains", config.Domains, yaml, indent: 2);
        yaml.Append('\n');
        List("staff", config.Staff, yaml, indent: 0, comment: "clinicians and staff may be named, e.g. \"Dr. Maria Lopez\"");
        yaml.Append("privacy_reviewers: []      # who may approve a page's consent (consent.approved_by), e.g. \"Maria Lopez\"\n\n")
            .Append("consent:\n");
        List("required_paths", config.ConsentPaths, yaml, indent: 2, comment: "pages that always need patient consent front matter");
        yaml.Append("\nallow: []                  # project-wide allow list: literal or /regex/\n")
            .Append("rules: {}                  # per-rule severity, e.g. PHI003: warning (error | warning | note | off)\n\n")
            .Append("processors: []             # hosts of form services under a business associate agreement (WEB004)\n")
            .Append("web:\n")
            .Append("  patient_pages:            # patient-facing pages, where trackers are reported (WEB001); empty keeps the default\n")
            .Append("  policy_page:              # the privacy / social media policy page, e.g. content/privacy.md (WEB006)\n");
        return yaml.ToString();
    }

    private static void List(string key, IEnumerable<Proposal> values, StringBuilder yaml, int indent, string? comment = null)
    {
        var pad = new string(' ', indent);
        var items = values.ToList();
        if (items.Count == 0)
        {
            yaml.Append(pad).Append(key).Append(": []").Append(comment is null ? string.Empty : "   # " + comment).Append('\n');
            return;
        }

        yaml.Append(pad).Append(key).Append(':').Append(comment is null ? string.Empty : "   # " + comment).Append('\n');
        foreach (var item in items)
        {
            yaml.Append(pad).Append("  - ").Append(Quote(item.Value));
            if (item.Reason.Length > 0)
            {
                yaml.Append("   # review: ").Append(item.Reason.ReplaceLineEndings(" "));
            }

            yaml.Append('\n');
        }
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
