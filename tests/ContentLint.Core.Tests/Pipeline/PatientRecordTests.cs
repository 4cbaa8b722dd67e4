using ContentLint.Core.Model;
using static ContentLint.Core.Tests.Pipeline.FileScan;

namespace ContentLint.Core.Tests.Pipeline;

/// <summary>
/// What a public repository publishes beside the site (docs/data-and-code.md, "Patient records" and "Repository
/// files"): a back-office export read by its columns and keys, a review's date, and text files read for sure
/// identifiers only. Every name and number here is invented.
/// </summary>
public sealed class PatientRecordTests
{
    [Fact]
    public void A_row_with_a_patient_identifier_column_is_a_patient_record_whose_name_column_is_the_patient()
    {
        const string export = "name,dob,member_id\nWren Calloway,1961-03-14,XZH839201774\nOdalys Penhallow,1955-02-11,XZH839201775\n";

        var diagnostics = Scan("admin/clients.csv", export);

        Assert.Equal([(2, 1, 2, 14), (3, 1, 3, 17)], Ranges(diagnostics, "PHI001"));
        Assert.Equal([(2, 15, 2, 25), (3, 18, 3, 28)], Ranges(diagnostics, "PHI003"));
        Assert.Equal([(2, 26, 2, 38), (3, 29, 3, 41)], Ranges(diagnostics, "PHI009"));
        Assert.Equal([2, 3], diagnostics.Where(d => d.Code == "CON001").Select(d => d.Range!.Value.StartLine));
    }

    [Fact]
    public void A_name_list_without_patient_identifiers_is_no_patient_record()
    {
        var diagnostics = Scan("data/authors.csv", "name,city\nWren Calloway,Port Ellis\n");

        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_key_that_says_whose_name_it_holds_names_a_patient_in_any_record()
    {
        // No story key and no patient identifier: "patientName" alone says it.
        var diagnostics = Scan("src/data/appointments.json", "[{\"patientName\": \"Wren Calloway\", \"slot\": \"morning\"}]");

        var name = Assert.Single(diagnostics, d => d.Code == "PHI001");
        Assert.Equal((1, 19, 1, 32), Columns(name));
    }

    [Fact]
    public void A_one_word_client_key_off_a_story_is_no_patient_name()
    {
        var diagnostics = Scan("src/data/projects.json", "[{\"client\": \"Wren Calloway\", \"slot\": \"morning\"}]");

        Assert.DoesNotContain(diagnostics, d => d.Code == "PHI001");
    }

    [Fact]
    public void A_keyed_identifier_in_a_list_item_is_read_by_its_own_key()
    {
        // The key path of a list item starts with its index ("[0].accountNumber"): its last key still labels it.
        var diagnostics = Scan("src/data/billing.json", "[{\"accountNumber\": \"884422119\"}]");

        var account = Assert.Single(diagnostics, d => d.Code == "PHI010");
        Assert.Equal((1, 21, 1, 30), Columns(account));
    }

    [Fact]
    public void The_date_of_a_review_record_is_the_patients_and_its_consent_dates_are_not()
    {
        const string reviews =
            "- name: Wren Calloway\n" +
            "  review: Kind and careful.\n" +
            "  date: 2024-05-12\n" +
            "- name: Odalys Penhallow\n" +
            "  review: Lovely.\n" +
            "  date: 2024-06-02\n" +
            "  consent:\n" +
            "    status: granted\n" +
            "    form_id: F-12\n" +
            "    signed: 2024-01-02\n" +
            "    scope: [name, date]\n" +
            "    approved_by: Olive Reyes\n";

        var diagnostics = Scan("_data/reviews.yml", reviews);

        var dates = diagnostics.Where(d => d.Code == "PHI003").ToList();
        Assert.Equal([(3, 9, 3, 19), (6, 9, 6, 19)], dates.Select(Columns));
        Assert.Equal([Severity.Error, Severity.Note], dates.Select(d => d.Severity));
    }

    [Fact]
    public void A_page_date_still_dates_the_post()
    {
        var diagnostics = Scan("testimonials/wren.md", "---\ntitle: A new smile\ndate: 2024-05-12\n---\nI love my new smile.\n");

        Assert.DoesNotContain(diagnostics, d => d.Code == "PHI003");
    }

    [Fact]
    public void A_text_file_reports_sure_identifiers_and_asks_for_no_consent()
    {
        const string notes = "Call list\n\nPatient Wren Calloway, DOB 03/14/1961, MRN 00482913, asked about her claim.\n\n"
            + "Maybe ask Odalys about the garden.\n";

        var diagnostics = Scan("notes/calls.txt", notes);

        Assert.Equal(["PHI001", "PHI003", "PHI008"], diagnostics.Select(d => d.Code));
        Assert.Equal([(3, 9, 3, 22), (3, 28, 3, 38), (3, 44, 3, 52)], diagnostics.Select(Columns));
        Assert.All(diagnostics, d => Assert.Equal(Confidence.High, d.Confidence));
    }

    [Fact]
    public void A_text_file_without_identifiers_is_quiet()
    {
        Assert.Empty(Scan("robots.txt", "User-agent: *\nDisallow: /admin/\n\nSitemap: https://example.org/sitemap.xml\n"));
        Assert.Empty(Scan("LICENSE.txt", "Copyright (c) 2024 Wren Calloway\n\nPermission is hereby granted, free of charge.\n"));
    }

    private static List<(int, int, int, int)> Ranges(IReadOnlyList<Diagnostic> diagnostics, string code) =>
        [.. diagnostics.Where(d => d.Code == code).Select(Columns)];
}
