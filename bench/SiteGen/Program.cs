using System.Globalization;
using System.Text;
using Bogus;
using ContentLint.Bench.SiteGen;

// Deterministic inputs for the benchmarks (bench/README.md): the same arguments always write the same bytes.
const int Seed = 20260;
var faker = new Faker("en") { Random = new Randomizer(Seed) };
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
if (args is ["site", var pagesText, var outDir])
{
    var pages = int.Parse(pagesText, CultureInfo.InvariantCulture);
    Directory.CreateDirectory(outDir);
    File.WriteAllText(Path.Combine(outDir, ".contentlint.yml"), Practice.Config, utf8);
    long bytes = 0;
    for (var i = 0; i < pages; i++)
    {
        var (path, text) = PageGenerator.Create(faker, i);
        var full = Path.Combine(outDir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, utf8);
        bytes += utf8.GetByteCount(text);
    }

    Console.WriteLine($"{pages} pages, {bytes} bytes in {outDir}");
    return 0;
}

if (args is ["components", var countText, var componentDir])
{
    var count = int.Parse(countText, CultureInfo.InvariantCulture);
    long bytes = 0;
    foreach (var (path, text) in ComponentSiteGenerator.Create(faker, count))
    {
        var full = Path.Combine(componentDir, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, utf8);
        bytes += utf8.GetByteCount(text);
    }

    Console.WriteLine($"{count} components, {bytes} bytes in {componentDir}");
    return 0;
}

var content = args switch
{
    ["markdown", var mb, _] => LargeFiles.Markdown(faker, long.Parse(mb, CultureInfo.InvariantCulture) << 20),
    ["data-uri", var kb, _] => LargeFiles.DataUri(faker, int.Parse(kb, CultureInfo.InvariantCulture) << 10),
    ["deep-html", var depth, _] => LargeFiles.DeepHtml(faker, int.Parse(depth, CultureInfo.InvariantCulture)),
    _ => null,
};
if (content is null)
{
    Console.Error.WriteLine("usage: site PAGES DIR | components COUNT DIR | markdown MB FILE | data-uri KB FILE | deep-html DEPTH FILE");
    return 2;
}

File.WriteAllText(args[2], content, utf8);
Console.WriteLine($"{utf8.GetByteCount(content)} bytes in {args[2]}");
return 0;
