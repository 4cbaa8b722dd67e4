using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

public sealed class ConfigLoaderInvalidTests
{
    [Theory]
    [InlineData("unknown-nested-key.yml", 3, 3, "organization", "unknown key (did you mean 'phones'?)")]
    [InlineData("wrong-type-scalar-for-list.yml", 2, 11, "organization.phones", "expected a list, found a single value")]
    [InlineData("wrong-type-mapping-in-list.yml", 3, 5, "staff[1]", "expected a string, found a mapping")]
    [InlineData("wrong-type-list-for-mapping.yml", 1, 10, "consent", "expected a mapping, found a list")]
    [InlineData("bad-glob.yml", 3, 5, "include[1]", "invalid glob 'content/[abc.md': unbalanced '['")]
    [InlineData("bad-glob-brace.yml", 2, 20, "consent.required_paths[0]", "invalid glob 'content/{testimonials,stories/**': unbalanced '{'")]
    [InlineData("bad-regex.yml", 3, 5, "allow[1]", "invalid regex: insufficient closing parentheses at offset 11")]
    [InlineData("unsupported-regex.yml", 1, 9, "allow[0]", "invalid regex: backreferences, lookarounds and atomic groups are not supported")]
    [InlineData("unknown-rule.yml", 3, 3, "rules", "unknown rule ID (see 'contentlint rules')")]
    [InlineData("bad-severity.yml", 2, 11, "rules.PHI003", "invalid severity (expected error, warning, note or off)")]
    [InlineData("duplicate-key.yml", 3, 3, "organization.names", "duplicate key")]
    [InlineData("empty-include.yml", 1, 10, "include", "the list is empty, so nothing would be scanned")]
    [InlineData("empty-string-item.yml", 1, 36, "privacy_reviewers[1]", "empty string")]
    [InlineData("unknown-web-key.yml", 3, 3, "web", "unknown key (did you mean 'policy_page'?)")]
    [InlineData("bad-processor.yml", 3, 5, "processors[1]", "expected a host name (forms.example.com) or an https:// URL")]
    [InlineData("wrong-type-policy-page.yml", 2, 16, "web.policy_page", "expected a string, found a list")]
    [InlineData("wrong-type-images.yml", 1, 9, "images", "expected a list, found a single value")]
    public void Invalid_fixture_reports_line_column_and_key(string fixture, int line, int column, string key, string problem)
    {
        var path = ConfigFixtures.Invalid(fixture);

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, ConfigFixtures.KnownRuleIds));

        Assert.Equal(problem, ex.Problem);
        Assert.Equal((line, column, key), (ex.Line, ex.Column, ex.Key));
        Assert.Equal($"{path}({line},{column}): error CL0002: {problem} at '{key}'", ex.Message);
        Assert.Equal(path, ex.FilePath);
    }

    [Theory]
    [InlineData("unknown-top-level-key.yml", 2, 1, "unknown key (did you mean 'exclude'?)")]
    [InlineData("root-is-a-list.yml", 1, 1, "the configuration must be a mapping of keys, found a list")]
    [InlineData("two-documents.yml", 3, 1, "only one YAML document is allowed")]
    public void Whole_file_problems_have_a_position_but_no_key(string fixture, int line, int column, string problem)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(ConfigFixtures.Invalid(fixture), ConfigFixtures.KnownRuleIds));

        Assert.Equal((line, column, (string?)null, problem), (ex.Line, ex.Column, ex.Key, ex.Problem));
        Assert.EndsWith($"({line},{column}): error CL0002: {problem}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed-unclosed-list.yml", 2, 10, "include", "malformed YAML (unterminated list or mapping?)")]
    [InlineData("malformed-indentation.yml", 4, 4, "organization.names[1]", "malformed YAML: while parsing a block mapping, did not find expected key")]
    public void Malformed_yaml_is_a_positioned_config_error(string fixture, int line, int column, string key, string problem)
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(ConfigFixtures.Invalid(fixture), ConfigFixtures.KnownRuleIds));

        Assert.Equal(problem, ex.Problem);
        Assert.Equal((line, column, key), (ex.Line, ex.Column, ex.Key));
    }

    [Fact]
    public void Errors_never_quote_a_configured_literal_value()
    {
        var yaml = "staff: [\"Jane Patient\"]\nallow:\n  - John Q Patient\n  - 42\n  - [nested]\n";

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "c.yml", "/repo", ConfigFixtures.KnownRuleIds));

        Assert.Equal("c.yml(5,5): error CL0002: expected a string, found a list at 'allow[2]'", ex.Message);
    }

    [Fact]
    public void An_unreadable_file_is_a_config_error_without_position()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", ".contentlint.yml");

        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, ConfigFixtures.KnownRuleIds));

        Assert.Equal($"{path}: error CL0002: cannot read the configuration file (file not found)", ex.Message);
        Assert.Null(ex.Line);
    }

    [Fact]
    public void Invalid_utf8_in_the_file_is_a_config_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cl-{Guid.NewGuid():N}.yml");
        File.WriteAllBytes(path, [(byte)'a', (byte)':', (byte)' ', 0xC3, 0x28]);
        try
        {
            var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Load(path, ConfigFixtures.KnownRuleIds));

            Assert.Equal("cannot read the configuration file (not valid UTF-8)", ex.Problem);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_null_severity_is_rejected()
    {
        var ex = Assert.Throws<ConfigException>(() => ConfigLoader.Parse("rules:\n  PHI004:\n", "c.yml", "/repo", ConfigFixtures.KnownRuleIds));

        Assert.Equal((2, 10, "rules.PHI004"), (ex.Line, ex.Column, ex.Key));
    }
}
