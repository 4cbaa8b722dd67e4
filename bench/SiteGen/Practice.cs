namespace ContentLint.Bench.SiteGen;

/// <summary>The fictional practice every generated site belongs to: its own details must never be reported.</summary>
internal static class Practice
{
    public const string Name = "Lakeshore Family Physical Therapy";
    public const string Phone = "(312) 555-0100";
    public const string Fax = "(312) 555-0101";
    public const string Domain = "lakeshorept.example";
    public const string Address = "400 Harbor Drive, Suite 12, Lakeshore, IL 60699";

    public static readonly string[] Staff = ["Dr. Priya Raman, DPT", "Dr. Owen Fitzgerald, DPT", "Carla Mendes, PTA", "Ben Alvarado, ATC"];

    public static readonly string[] StaffShort = ["Dr. Raman", "Dr. Fitzgerald", "Carla", "Ben"];

    public const string Config = $$"""
        # Generated benchmark site of {{Name}} (fictional; phones are 555-01xx, domains .example).
        organization:
          names: ["{{Name}}", "Lakeshore PT"]
          phones: ["{{Phone}}"]
          faxes: ["{{Fax}}"]
          emails: ["*@{{Domain}}"]
          addresses: ["{{Address}}"]
          domains: ["{{Domain}}"]
        staff: ["Dr. Priya Raman, DPT", "Dr. Owen Fitzgerald, DPT", "Carla Mendes, PTA", "Ben Alvarado, ATC"]
        privacy_reviewers: ["Priya Raman"]
        consent:
          required_paths: ["content/stories/**"]
        rules:
          PHI003: warning

        """;
}
