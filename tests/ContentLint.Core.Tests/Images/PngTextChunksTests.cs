using System.Diagnostics;
using ContentLint.Core.Images;

namespace ContentLint.Core.Tests.Images;

/// <summary>
/// Compressed PNG text (zTXt, iTXt) inflates within the image's 16 MiB cap: a decompression bomb costs neither
/// seconds nor gigabytes, and the XMP a normal compressed chunk holds is still read.
/// </summary>
public sealed class PngTextChunksTests
{
    private const long BombBytes = 256L * 1024 * 1024;
    private const long MaxAllocatedBytes = 300L * 1024 * 1024;

    private static readonly Lazy<byte[]> Bomb = new(() => PngBuilder.DeflatedZeros(BombBytes));

    private const string OverCap = "compressed PNG text inflating to more than 16 MiB was not scanned; the rest was";

    [Fact]
    public void A_person_named_in_zTXt_xmp_is_still_read()
    {
        var png = new PngBuilder().ZText(PngBuilder.XmpKeyword, PngBuilder.Deflate(PngBuilder.PersonInImageXmp("Hank Dufresne"))).Build();

        var report = new ImageSite().Image("img/a.png", png).Scan();

        Assert.Equal(["img/a.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)"], ImageSite.Lines(report));
    }

    [Fact]
    public void Exif_in_a_compressed_raw_profile_is_still_read()
    {
        // ImageMagick keeps EXIF as a compressed text chunk "Raw profile type exif": a newline, the profile's name,
        // its length in bytes, then its bytes in hexadecimal lines (the TIFF structure, as MetadataExtractor reads it).
        var exif = new JpegBuilder().Artist("Hank Dufresne").Tiff();
        var hex = Convert.ToHexStringLower(exif);
        var profile = System.Text.Encoding.ASCII.GetBytes($"\nexif\n{exif.Length,8}\n{string.Join('\n', hex.Chunk(72).Select(line => new string(line)))}\n");
        var compressed = PngBuilder.Deflate(profile);
        var png = new PngBuilder().ZText("Raw profile type exif", compressed).Build();

        var report = new ImageSite().Image("img/a.png", png).Scan();

        Assert.Equal(["img/a.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (EXIF Artist)"], ImageSite.Lines(report));
    }

    [Fact]
    public void A_person_named_in_compressed_iTXt_xmp_is_still_read()
    {
        var png = new PngBuilder().CompressedIText(PngBuilder.XmpKeyword, PngBuilder.Deflate(PngBuilder.PersonInImageXmp("Hank Dufresne"))).Build();

        var report = new ImageSite().Image("img/a.png", png).Scan();

        Assert.Equal(["img/a.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)"], ImageSite.Lines(report));
    }

    [Theory]
    [InlineData("zTXt", PngBuilder.XmpKeyword, OverCap)]
    [InlineData("iTXt", PngBuilder.XmpKeyword, OverCap)]
    [InlineData("zTXt", "Comment", OverCap)]
    [InlineData("iTXt", "Description", null)]
    public void A_text_chunk_inflating_to_hundreds_of_megabytes_costs_little_time_and_memory(string type, string keyword, string? partial)
    {
        var builder = new PngBuilder();
        var png = (type == "zTXt" ? builder.ZText(keyword, Bomb.Value) : builder.CompressedIText(keyword, Bomb.Value)).Build();

        var (result, elapsed, allocated) = Measure(png);

        Assert.Equal((null, partial), (result.Unreadable, result.Partial));
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.InRange(allocated, 0, MaxAllocatedBytes);
    }

    [Fact]
    public void Many_small_chunks_share_one_cap_and_the_chunks_past_it_are_not_inflated()
    {
        var oneMiB = PngBuilder.DeflatedZeros(1024 * 1024);
        var builder = new PngBuilder();
        for (var i = 0; i < 2000; i++)
        {
            builder.ZText(PngBuilder.XmpKeyword, oneMiB);
        }

        var (result, elapsed, allocated) = Measure(builder.Build());

        Assert.Equal((null, OverCap), (result.Unreadable, result.Partial));
        Assert.InRange(elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        Assert.InRange(allocated, 0, MaxAllocatedBytes);
    }

    [Fact]
    public void The_over_cap_image_is_a_cl1002_and_its_other_metadata_is_still_reported()
    {
        var png = new PngBuilder()
            .ZText(PngBuilder.XmpKeyword, PngBuilder.Deflate(PngBuilder.PersonInImageXmp("Hank Dufresne")))
            .ZText(PngBuilder.XmpKeyword, Bomb.Value)
            .Build();

        var report = new ImageSite().Image("img/bomb.png", png).Scan();

        Assert.Equal(
        [
            $"img/bomb.png CL1002 warning: {OverCap}",
            "img/bomb.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)",
        ], ImageSite.Lines(report).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_person_named_in_uncompressed_iTXt_xmp_is_read()
    {
        var png = new PngBuilder().Chunk("iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. PngBuilder.PersonInImageXmp("Hank Dufresne")]).Build();

        var report = new ImageSite().Image("img/a.png", png).Scan();

        Assert.Equal(["img/a.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)"], ImageSite.Lines(report));
    }

    [Fact]
    public void Uncompressed_xmp_after_a_bomb_is_still_read()
    {
        var png = new PngBuilder()
            .ZText(PngBuilder.XmpKeyword, Bomb.Value)
            .Chunk("iTXt", [.. "XML:com.adobe.xmp"u8, 0, 0, 0, 0, 0, .. PngBuilder.PersonInImageXmp("Hank Dufresne")])
            .Build();

        var report = new ImageSite().Image("img/bomb.png", png).Scan();

        Assert.Equal(
        [
            $"img/bomb.png CL1002 warning: {OverCap}",
            "img/bomb.png(1,1,1,1) PHI001 error: Possible name of a patient or relative: image metadata (XMP PersonInImage)",
        ], ImageSite.Lines(report).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_corrupt_compressed_xmp_chunk_is_a_partial_read()
    {
        var png = new PngBuilder().ZText(PngBuilder.XmpKeyword, [0x78, 0x9C, 0xFF, 0xFF, 0xFF]).Build();

        var (result, _, _) = Measure(png);

        Assert.Equal((null, "part of the image metadata is corrupt; the rest was scanned"), (result.Unreadable, result.Partial));
    }

    // On this thread only: other tests allocate in parallel, and the reader runs where it is called.
    private static ((List<ImageValue> Values, string? Unreadable, string? Partial) Result, TimeSpan Elapsed, long Allocated) Measure(byte[] png)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var result = ImageMetadataReader.Read(png);
        return (result, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
