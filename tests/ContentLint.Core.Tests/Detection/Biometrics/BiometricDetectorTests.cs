using ContentLint.Core.Model;

namespace ContentLint.Core.Tests.Detection.Biometrics;

public sealed class BiometricDetectorTests
{
    [Theory]
    [InlineData("He enrolled his {|PHI016:left thumb fingerprint|} at the kiosk.")]
    [InlineData("Joe's {|PHI016:retinal scan|} is stored with his chart.")]
    [InlineData("She said the app keeps her {|PHI016:voice print|} for login.")]
    [InlineData("My {|PHI016:gait signature|} was recorded on the treadmill.")]
    public void Biometric_records_of_a_person_are_found(string marked) =>
        DetectorHarness.AssertFindings(marked);

    [Theory]
    [InlineData("Biometric check-in uses a fingerprint reader.")]
    [InlineData("A fingerprint scanner is optional. You can always type your code.")]
    [InlineData("Your fingerprint never leaves the building.")]
    [InlineData("Fingerprints and voiceprints are never stored.")]
    public void Generic_mentions_are_not_found(string text) =>
        Assert.DoesNotContain(DetectorHarness.Run(text), c => c.RuleId == "PHI016");

    [Fact]
    public void A_possessive_makes_the_finding_high_confidence() =>
        Assert.Equal(Confidence.High, Assert.Single(DetectorHarness.Run("We stored his fingerprint."), c => c.RuleId == "PHI016").Confidence);

    [Theory]
    [InlineData("/audio/stories/patient-voice-message.mp3")]
    [InlineData("https://cdn.example/media/ana-interview.m4a?v=2")]
    public void Named_voice_recordings_are_found(string url) =>
        Assert.Single(DetectorHarness.Run(url, RegionKind.ImageSource, "src"), c => c.RuleId == "PHI016");

    [Theory]
    [InlineData("/audio/podcast-episode-12.mp3")]
    [InlineData("/images/voice.jpg")]
    public void Other_media_off_patient_pages_is_not_found(string url) =>
        Assert.DoesNotContain(DetectorHarness.Run(url, RegionKind.ImageSource, "src"), c => c.RuleId == "PHI016");
}
