namespace ContentLint.Core.Tests.Profile;

public sealed class PageLanguageTests
{
    private const string GermanProse =
        "Unsere Praxis ist seit vielen Jahren für die Familien der Stadt da. Wir nehmen uns Zeit für Sie und Ihre Fragen, "
        + "und das Team berät Sie gerne bei der Wahl der richtigen Behandlung. Die Termine werden nach Vereinbarung "
        + "vergeben, auch am Samstag. Bei Schmerzen kann man uns auch kurzfristig erreichen, und wir sind mit dem Auto "
        + "oder dem Bus gut zu erreichen.";

    private const string EnglishProse =
        "Our practice has been caring for the families of this town for many years. We take the time to answer your "
        + "questions, and the team will help you choose the treatment that is right for you. Appointments are available "
        + "on Saturdays, and you can reach us by car or by bus.";

    [Theory]
    [InlineData("index.html", "<!doctype html><html lang=\"de-DE\"><body><p>Willkommen</p></body></html>", "de", "html lang")]
    [InlineData("index.html", "<html class=\"no-js\" lang='fr'><body><p>Bienvenue</p></body></html>", "fr", "html lang")]
    [InlineData("servicios.md", "---\nlang: es\n---\nBienvenidos.\n", "es", "front matter lang")]
    [InlineData("praxis.md", "---\nlocale: de_AT\n---\nWillkommen.\n", "de", "front matter locale")]
    [InlineData("es/servicios/implantes.md", "---\ntitle: Implantes\n---\nBienvenidos.\n", "es", "path folder 'es'")]
    [InlineData("content/pt-br/index.md", "---\ntitle: Início\n---\nBem-vindo.\n", "pt", "path folder 'pt'")]
    [InlineData("content/about.fr.md", "---\ntitle: À propos\n---\nBienvenue.\n", "fr", "file name suffix '.fr'")]
    public void The_language_comes_from_attribute_front_matter_and_path(string path, string text, string language, string evidence)
    {
        var profile = ProfileHarness.Of(path, text);

        Assert.Equal((language, evidence), (profile.Language, profile.LanguageEvidence));
    }

    [Fact]
    public void A_german_page_without_a_lang_attribute_is_german_by_its_function_words()
    {
        var profile = ProfileHarness.Of("praxis/leistungen.md", "---\ntitle: Leistungen\n---\n" + GermanProse + "\n");

        Assert.Equal(("de", "function words"), (profile.Language, profile.LanguageEvidence));
        Assert.False(profile.IsEnglishOrUnknown);
    }

    [Fact]
    public void An_english_page_is_english_by_its_function_words()
    {
        var profile = ProfileHarness.Of("about.md", EnglishProse + "\n");

        Assert.Equal(("en", "function words"), (profile.Language, profile.LanguageEvidence));
        Assert.True(profile.IsEnglishOrUnknown);
    }

    [Theory]
    [InlineData("Call us today.")]
    [InlineData(EnglishProse + "\n\n" + GermanProse)]
    public void Too_little_or_mixed_prose_leaves_the_language_unknown(string prose)
    {
        var profile = ProfileHarness.Of("page.md", prose + "\n");

        Assert.Equal(((string?)null, (string?)null), (profile.Language, profile.LanguageEvidence));
    }

    [Fact]
    public void A_spanish_page_under_es_is_spanish_even_with_english_words_in_it()
    {
        var profile = ProfileHarness.Of("es/contacto.html", "<html><body><p>" + EnglishProse + "</p></body></html>");

        Assert.Equal("es", profile.Language);
    }

    [Fact]
    public void Only_the_first_words_of_a_long_page_are_counted()
    {
        var english = string.Concat(Enumerable.Repeat(EnglishProse + "\n\n", 60));
        var german = string.Concat(Enumerable.Repeat(GermanProse + "\n\n", 400));

        var profile = ProfileHarness.Of("page.md", english + german);

        Assert.Equal("en", profile.Language);
    }
}
