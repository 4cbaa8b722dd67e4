using ContentLint.Core.Parsing.Code;
namespace ContentLint.Core.Tests.Parsing.Code;
public sealed class ScratchDump
{
    [Fact]
    public void Dump()
    {
        foreach (var path in Directory.GetFiles("/tmp/cr"))
        {
            if (path.EndsWith(".out", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(path);
            var segments = new List<ContentLint.Core.Model.Segment>();
            var records = new List<ContentLint.Core.Model.DataRecord>();
            var ext = Path.GetExtension(path);
            string? refusal = null;
            switch (ext)
            {
                case ".tsx": ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.TypeScriptJsx, segments, records); break;
                case ".ts": ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.TypeScript, segments, records); break;
                case ".js" or ".jsx": ScriptSegmentExtractor.Extract(text, 0, text.Length, ScriptDialect.JavaScript, segments, records); break;
                case ".vue": refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Vue, segments, records); break;
                case ".svelte": refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Svelte, segments, records); break;
                case ".astro": refusal = ComponentSegmentExtractor.Extract(text, ComponentDialect.Astro, segments, records); break;
                case ".liquid": refusal = TemplateSegmentExtractor.Extract(text, segments); break;
            }
            var lines = segments.Select(s => { var (a, b) = s.ToSource(0, s.Text.Length); return $"{s.Kind} [{s.Name}] @{a}-{b} {System.Text.Json.JsonSerializer.Serialize(s.Text)} src={System.Text.Json.JsonSerializer.Serialize(text[a..b])}"; })
                .Concat(records.Select(r => $"REC {r.Start}-{r.End} [{r.Path}] {string.Join(",", r.Keys)}"))
                .Append($"refusal: {refusal}");
            File.WriteAllLines(path + ".out", lines);
        }
    }
}
