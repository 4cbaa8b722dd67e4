using ContentLint.Core.Config;

namespace ContentLint.Core.Tests.Config;

/// <summary>
/// A configuration error names the file, the position and known keys only: an unknown key may be a patient's name
/// typed in the wrong place, or the first line of whatever file a symbolic link pointed at.
/// </summary>
public sealed class ConfigErrorPrivacyTests
{
    private static ConfigException Error(string yaml) =>
        Assert.Throws<ConfigException>(() => ConfigLoader.Parse(yaml, "c.yml", "/repo", ConfigFixtures.KnownRuleIds));

    [Fact]
    public void An_unknown_top_level_key_is_pointed_at_not_quoted()
    {
        var ex = Error("include: [\"**/*.md\"]\nJane Patient: 1\n");

        Assert.Equal("c.yml(2,1): error CL0002: unknown key (expected one of: include, exclude, organization, staff, privacy_reviewers, consent, allow, rules, processors, web, images)", ex.Message);
        Assert.Null(ex.Key);
    }

    [Fact]
    public void A_line_of_etc_shadow_read_as_a_key_is_not_quoted()
    {
        var ex = Error("root:$6$saltsalt$hashhashhash:19000:0:99999:7:::\n");

        Assert.DoesNotContain("root", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hash", ex.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (ex.Line, ex.Column));
    }

    [Fact]
    public void A_near_miss_of_a_known_key_suggests_only_the_known_key()
    {
        var ex = Error("organization:\n  phone: [\"(555) 201-3300\"]\n");

        Assert.Equal("c.yml(2,3): error CL0002: unknown key (did you mean 'phones'?) at 'organization'", ex.Message);
    }

    [Fact]
    public void A_name_that_happens_to_be_near_a_key_is_still_not_printed()
    {
        var ex = Error("organization:\n  James: [x]\n");

        Assert.Equal("c.yml(2,3): error CL0002: unknown key (did you mean 'names'?) at 'organization'", ex.Message);
        Assert.DoesNotContain("James", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_rule_id_is_pointed_at_not_quoted()
    {
        var ex = Error("rules:\n  Jane Patient: off\n");

        Assert.Equal("c.yml(2,3): error CL0002: unknown rule ID (see 'contentlint rules') at 'rules'", ex.Message);
    }

    [Fact]
    public void A_rule_id_in_the_wrong_case_suggests_the_catalog_id()
    {
        var ex = Error("rules:\n  phi004: off\n");

        Assert.Equal("c.yml(2,3): error CL0002: unknown rule ID (did you mean 'PHI004'? see 'contentlint rules') at 'rules'", ex.Message);
    }

    [Fact]
    public void Malformed_yaml_under_an_unknown_key_names_only_the_known_keys_above_it()
    {
        var ex = Error("organization:\n  Jane Patient: [unclosed\n");

        Assert.DoesNotContain("Jane", ex.Message, StringComparison.Ordinal);
        Assert.Equal("organization", ex.Key);
    }

    [Theory]
    [InlineData("staff: *JanePatient\n", "JanePatient")]
    [InlineData("staff: *Jane'Patient\n", "Patient")]
    [InlineData("staff: *Jane\"Pat'ient\n", "ient")]
    public void Yaml_parser_messages_do_not_quote_the_text_they_stumbled_on(string yaml, string text)
    {
        var ex = Error(yaml);

        Assert.DoesNotContain(text, ex.Message, StringComparison.Ordinal);
        Assert.Matches(@"^c\.yml\(1,\d+\): error CL0002: malformed YAML: ", ex.Message);
    }
}
