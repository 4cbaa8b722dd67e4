using Bogus;

namespace ContentLint.Bench.SiteGen;

/// <summary>Practice-blog sentences: health tips, clinic news and (sometimes) a patient's story with identifiers.</summary>
internal static class Prose
{
    private static readonly string[] Conditions =
    [
        "low back pain", "plantar fasciitis", "a rotator cuff tear", "knee osteoarthritis", "tennis elbow", "sciatica",
        "an ACL reconstruction", "a frozen shoulder", "neck pain", "a hip replacement", "an ankle sprain", "carpal tunnel syndrome",
    ];

    private static readonly string[] Exercises =
    [
        "bridges", "clamshells", "wall sits", "heel raises", "bird dogs", "side planks", "hamstring stretches",
        "banded rows", "step-ups", "single-leg balance holds", "chin tucks", "calf stretches",
    ];

    private static readonly string[] Activities = ["gardening", "hiking", "pickleball", "swimming", "running", "golf", "yoga", "cycling"];

    private static readonly string[] Tips =
    [
        "Most people with {condition} improve with a few weeks of guided exercise and a gradual return to activity.",
        "Start with two sets of ten {exercise} and add a set each week if the movement stays pain-free.",
        "Ice helps in the first two days; after that, gentle movement usually does more than rest.",
        "If you sit for work, stand up and walk for two minutes every half hour.",
        "{staff} recommends {exercise} and {exercise2} for anyone returning to {activity}.",
        "Pain that wakes you at night or spreads down a leg deserves a visit to your physician.",
        "Good shoes matter less than a steady build-up of mileage: add no more than ten percent a week.",
        "Our evaluation takes about {minutes} minutes and includes a movement screen and a home program.",
        "Recovery from {condition} is rarely a straight line; expect good weeks and slower weeks.",
        "Strength work twice a week lowers the risk of falls for adults over sixty-five.",
        "Bring your imaging reports and a list of medications to the first appointment.",
        "Warm up for five minutes before {activity}, and save long static stretches for afterwards.",
        "A home program of {exercise} takes ten minutes a day and makes the clinic sessions count.",
        "We accept most insurance plans; call the front desk at {practicePhone} to check yours.",
        "Most of our patients with {condition} come twice a week for {weeks} weeks.",
        "Sleep, hydration and steady activity all matter as much as any single exercise.",
    ];

    private static readonly string[] Stories =
    [
        "{name} first came to us in {visitMonth} with {condition} that had kept {pronoun} from {activity} for months.",
        "\"I could not lift my grandson anymore,\" says {name}, who lives on {street} in {town}.",
        "{first} was born on {dob} and still drives to every session from {town}, {state} {zip}.",
        "You can reach {first} at {phone} or {email} if you want to hear about {pronoun2} recovery.",
        "After {weeks} weeks of {exercise}, {first} was back to {activity} by {visitDate}.",
        "{first}'s daughter called us on {visitDate} to say {subject} had walked the whole trail.",
    ];

    public static string Tip(Faker f) => Fill(f, f.PickRandom(Tips), null);

    public static string Story(Faker f, Patient patient) => Fill(f, f.PickRandom(Stories), patient);

    public static string Condition(Faker f) => f.PickRandom(Conditions);

    public static string Activity(Faker f) => f.PickRandom(Activities);

    public static string Exercise(Faker f) => f.PickRandom(Exercises);

    private static string Fill(Faker f, string template, Patient? p)
    {
        var text = template
            .Replace("{condition}", Condition(f), StringComparison.Ordinal)
            .Replace("{exercise2}", Exercise(f), StringComparison.Ordinal)
            .Replace("{exercise}", Exercise(f), StringComparison.Ordinal)
            .Replace("{activity}", Activity(f), StringComparison.Ordinal)
            .Replace("{staff}", f.PickRandom(Practice.StaffShort), StringComparison.Ordinal)
            .Replace("{minutes}", f.Random.Int(45, 75).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{weeks}", f.Random.Int(4, 12).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{practicePhone}", Practice.Phone, StringComparison.Ordinal);
        if (p is null)
        {
            return text;
        }

        var she = f.Random.Bool();
        return text
            .Replace("{name}", p.FullName, StringComparison.Ordinal)
            .Replace("{first}", p.First, StringComparison.Ordinal)
            .Replace("{street}", p.Street, StringComparison.Ordinal)
            .Replace("{town}", p.Town, StringComparison.Ordinal)
            .Replace("{state}", p.State, StringComparison.Ordinal)
            .Replace("{zip}", p.Zip, StringComparison.Ordinal)
            .Replace("{phone}", p.Phone, StringComparison.Ordinal)
            .Replace("{email}", p.Email, StringComparison.Ordinal)
            .Replace("{dob}", p.Born.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{visitMonth}", p.Visit.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{visitDate}", p.Visit.ToString("MMMM d", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{subject}", she ? "she" : "he", StringComparison.Ordinal)
            .Replace("{pronoun}", she ? "her" : "him", StringComparison.Ordinal)
            .Replace("{pronoun2}", she ? "her" : "his", StringComparison.Ordinal);
    }
}
