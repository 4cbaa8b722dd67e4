using ContentLint.Core.Config;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Pipeline;

/// <summary>Everything a scan needs, fixed before it starts: catalog, configuration and output choices.</summary>
/// <param name="Config">The effective configuration.</param>
/// <param name="Catalog">The rule catalog.</param>
/// <param name="ShowMatches">Put matched text in messages (local use only; see CONTRACT §7).</param>
public sealed record ScanOptions(ContentLintConfig Config, RuleCatalog Catalog, bool ShowMatches = false);
