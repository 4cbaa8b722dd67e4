using ContentLint.Core.Model;
using static ContentLint.Core.Tests.Pipeline.FileScan;

namespace ContentLint.Core.Tests.Detection.Names;

/// <summary>
/// A patient's name in the file name of a photo, a video or a document a story page links or a story record names
/// (docs/data-and-code.md, "File names"). The names are common dictionary names, used here as invented patients.
/// </summary>
public sealed class MediaFileNameTests
{
    [Fact]
    public void Video_and_document_links_of_a_story_page_are_read_for_names()
    {
        const string page = "---\ntitle: A new smile\n---\nWatch the [video](/media/james-miller-interview.mp4) or the [letter](/docs/notes.pdf).\n";

        var names = Scan("content/testimonials/smile.md", page).Where(d => d.Code == "PHI001").ToList();

        Assert.Equal([(4, 26, 4, 38)], names.Select(Columns));
    }

    [Fact]
    public void A_story_records_photo_and_video_paths_are_read_for_names_and_a_team_records_are_not()
    {
        const string data = "[{\"quote\": \"Kind.\", \"video\": \"videos/maria_gonzalez_story.mp4\"},\n"
            + " {\"name\": \"Dr. Linda Brown\", \"role\": \"Dentist\", \"photo\": \"/img/linda-brown.jpg\"}]";

        var names = Scan("src/data/site.json", data).Where(d => d.Code == "PHI001").ToList();

        Assert.Equal([(1, 38, 1, 52)], names.Select(Columns));
    }

    [Fact]
    public void A_name_after_a_clinicians_title_in_a_file_name_is_the_clinicians()
    {
        const string page = "---\ntitle: Reviews\ncta_image: /img/dr-linda-brown-fitting-aids.jpg\n---\n![Fitting](/img/dr-james-miller-with-patient.jpg)\n";

        Assert.DoesNotContain(Scan("content/testimonials/_index.md", page), d => d.Code == "PHI001");
    }

    [Fact]
    public void A_long_text_ending_in_an_extension_is_no_file_reference()
    {
        Assert.False(Parsing_IsMedia("Read about James Miller and his story in the attached letter.pdf\nThanks"));
        Assert.True(Parsing_IsMedia(" /docs/Ines%20Vogt%20letter.PDF?download=1 "));
    }

    private static bool Parsing_IsMedia(string value) => ContentLint.Core.Detection.Names.FileNameNames.IsMediaFile(value);
}
