namespace ContentLint.Core.Web;

/// <summary>What the site-level rule (WEB006) needs to know about one scanned page.</summary>
/// <param name="Path">Repository-relative path.</param>
/// <param name="ConfigPath">Path relative to the configuration's folder (what <c>web.policy_page</c> names).</param>
/// <param name="IsPolicyPage">The page is a privacy or social-media policy, by its path or title.</param>
/// <param name="LinksPolicy">The page links to a policy page or document (a footer link, a PDF of the notice).</param>
/// <param name="Engages">Patients engage there: a patient-facing page, a form asking for health information, a comment widget.</param>
internal sealed record PageFacts(string Path, string ConfigPath, bool IsPolicyPage, bool LinksPolicy, bool Engages);
