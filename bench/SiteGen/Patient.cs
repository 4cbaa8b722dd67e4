using Bogus;

namespace ContentLint.Bench.SiteGen;

/// <summary>An invented patient: the PHI a story page may (carelessly) disclose.</summary>
internal sealed record Patient(string First, string Last, string Street, string Town, string State, string Zip, string Phone, string Email, DateTime Born, DateTime Visit)
{
    public string FullName => $"{First} {Last}";

    public static Patient Create(Faker f)
    {
        var first = f.Name.FirstName();
        var last = f.Name.LastName();
        return new Patient(
            first,
            last,
            f.Address.StreetAddress(),
            f.Address.City(),
            f.Address.StateAbbr(),
            f.Address.ZipCode("6####"),
            f.Phone.PhoneNumber("(###) 555-01##"),
            f.Internet.Email(first, last, "inbox.example").ToLowerInvariant(),
            f.Date.Between(new DateTime(1930, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc)),
            f.Date.Between(new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }
}
