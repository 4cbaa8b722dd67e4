using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Geography;
using ContentLint.Core.Detection.Names;
using ContentLint.Core.Model;
using ContentLint.Core.Rules;

namespace ContentLint.Core.Profile;

/// <summary>
/// Learns the <see cref="SiteRoster"/> from the pages that speak for the practice, once their profile is known
/// (docs/whose-details.md#what-the-site-says-about-itself):
/// <list type="bullet">
/// <item>a team page (<see cref="PageKind.Staff"/>) introduces its clinicians: a full name after a clinician title
/// ("Dr. Alma Reyes"), before a credential ("Alma Reyes, DDS") or beside a staff role ("our hygienist Alma Reyes"), a
/// full name that opens a heading or the page's title, and "Dr. Reyes" with a family name that is no given name;</item>
/// <item>contact pages and the site's frame (layouts, partials, footers) give the practice's phone numbers, e-mail
/// addresses and street addresses, and name its clinicians with a title or a credential.</item>
/// </list>
/// A bare given name is never learned: it would silence that name for every patient. Values with a patient cue in
/// their sentence, and anything inside an HTML comment (a QA note), are not the practice speaking. Thread-safe:
/// pages are learned from in parallel, each into the scan's <see cref="SiteRosterFacts"/>.
/// </summary>
internal sealed class SiteRosterLearner
{
    private static readonly string[] TitleKeys = ["title", "name"];

    private readonly Lazy<NameParts?> _names;
    private readonly PracticeContact _practice;

    /// <summary>The clinician titles as written ("Dr", "Doctor"): a segment without one introduces nobody off the roster pages.</summary>
    private readonly System.Buffers.SearchValues<string>? _titles;
    private readonly StoryRecordJudge _records;

    public SiteRosterLearner(RuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        // The name lists are built only when a scan has a page to learn names from.
        var nameRule = catalog.Rules.FirstOrDefault(r => r.Implemented && r.Detector == DetectorRegistry.NameKind);
        _names = new Lazy<NameParts?>(() => nameRule is null ? null : new NameParts(new NameLexicon(nameRule)));
        _titles = nameRule?.GetList("clinicianTitles") is { Count: > 0 } titles ? System.Buffers.SearchValues.Create([.. titles], StringComparison.Ordinal) : null;
        var telephone = catalog.Rules.FirstOrDefault(r => r.Detector == DetectorRegistry.TelephoneKind && r.GetList("patientCues").Count > 0);
        _practice = new PracticeContact(telephone?.GetList("patientCues") ?? []);
        _records = StoryRecordJudge.Create(PageKindData.Default, catalog);
    }

    /// <summary>True for the pages a roster is learned from; only these are read (cheap: a site has few).</summary>
    public static bool Speaks(PageProfile profile) => profile.Kind is PageKind.Staff or PageKind.Contact or PageKind.Chrome;

    /// <summary>
    /// Pages whose clinician titles name staff too, once two of them name the same person ("Dr. Alma Reyes" on the home
    /// page and on a testimonial): not articles, whose "Dr." is mostly a cited author, nor policies.
    /// </summary>
    private static bool NamesClinicians(PageProfile profile) => profile.Kind is PageKind.Story or PageKind.Other or PageKind.News;

    /// <summary>Adds what <paramref name="document"/> (already profiled) says about the practice to <paramref name="facts"/>.</summary>
    public void Learn(ContentDocument document, SiteRosterFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        var profile = document.Profile;
        if (document.Records.Count > 0)
        {
            LearnStaffRecords(document, facts);
        }

        if (!Speaks(profile))
        {
            if (NamesClinicians(profile) && profile.IsEnglishOrUnknown)
            {
                LearnTitled(document, facts);
            }

            return;
        }

        var people = new List<string[]>();
        var phones = new List<string>();
        var emails = new List<string>();
        var addresses = new List<string>();
        var names = profile.IsEnglishOrUnknown ? _names.Value : null;
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is RegionKind.Comment or RegionKind.CodeBlock or RegionKind.CodeSpan or RegionKind.ImageSource)
            {
                continue;
            }

            if (names is not null && segment.Kind != RegionKind.LinkUrl && NameDetector.HasUpper(segment.Text))
            {
                names.Learn(segment, profile.Kind == PageKind.Staff, people);
            }

            if (profile.Kind != PageKind.Staff)
            {
                LearnContact(segment, profile.Kind, phones, emails, addresses);
            }
        }

        facts.Add(people, phones, emails, addresses);
    }

    /// <summary>
    /// The people of a data or code file's staff records (<c>{ name, role, bio }</c>: a team list, wherever it is kept):
    /// staff on every page, as a team page's are.
    /// </summary>
    private void LearnStaffRecords(ContentDocument document, SiteRosterFacts facts)
    {
        var staffRecords = DataRecord.Outermost(document.Records.Where(_records.IsStaffRecord));
        if (staffRecords.Count == 0 || _names.Value is not { } names)
        {
            return;
        }

        var people = new List<string[]>();
        foreach (var segment in document.Segments)
        {
            if (segment.IsKeyedValue && _records.IsPersonKeyPath(segment.Name)
                && DataRecord.Holding(staffRecords, segment.ToSource(0, 0).Start) is not null)
            {
                names.LearnWholeName(segment.Text, people);
            }
        }

        facts.Add(people, [], [], []);
    }

    /// <summary>The full names a page gives a clinician title: staff once a second page does the same.</summary>
    private void LearnTitled(ContentDocument document, SiteRosterFacts facts)
    {
        if (_titles is null || !document.File.Text.AsSpan().ContainsAny(_titles))
        {
            return;
        }

        List<string[]>? people = null;
        foreach (var segment in SegmentScope.PhiSegments(document))
        {
            if (segment.Kind is not (RegionKind.Comment or RegionKind.CodeBlock or RegionKind.CodeSpan or RegionKind.ImageSource or RegionKind.LinkUrl)
                && segment.Text.AsSpan().ContainsAny(_titles) && _names.Value is { } names)
            {
                names.LearnTitled(segment.Text, NameTokenizer.Tokenize(segment.Text), people ??= [], fullNamesOnly: true);
            }
        }

        if (people is { Count: > 0 })
        {
            facts.AddTitled(document.File.Path, people);
        }
    }

    private void LearnContact(Segment segment, PageKind kind, List<string> phones, List<string> emails, List<string> addresses)
    {
        var text = segment.Text;
        if (segment.Kind == RegionKind.LinkUrl)
        {
            if (PhoneNumberScanner.FindInTelLink(text) is { } link)
            {
                phones.Add(PhoneDigitsKey(text.AsSpan(link.Start, link.Length)));
            }
        }
        else
        {
            foreach (var number in PhoneNumberScanner.Find(text))
            {
                if (!_practice.HasPatientCue(text, number.Start, number.End, kind))
                {
                    phones.Add(PhoneDigitsKey(text.AsSpan(number.Start, number.Length)));
                }
            }

            foreach (var address in StreetAddressScanner.Find(text))
            {
                if (!_practice.HasPatientCue(text, address.Start, address.End, kind))
                {
                    // One line per address line: "7 Elm Road<br>Town" is a street line, then a town.
                    addresses.Add(text[address.Start..address.End].ReplaceLineEndings(", "));
                }
            }
        }

        foreach (var email in EmailAddressScanner.Find(text))
        {
            if (segment.Kind == RegionKind.LinkUrl || !_practice.HasPatientCue(text, email.Start, email.Start + email.Length, kind))
            {
                emails.Add(EmailKey(email));
            }
        }
    }

    /// <summary>The key an e-mail address is compared by: its local part and domain in lower case, however it is written.</summary>
    internal static string EmailKey(EmailAddressMatch email) => $"{email.LocalPart.ToLowerInvariant()}@{email.Domain}";

    private static string PhoneDigitsKey(ReadOnlySpan<char> number) => Pipeline.PhoneDigits.Normalize(number.ToString());

    /// <summary>The name finder and role judge, built once, that read staff introductions.</summary>
    private sealed class NameParts(NameLexicon lexicon)
    {
        private readonly NameSpanFinder _finder = new(lexicon);
        private readonly NameRoleJudge _judge = new(lexicon);

        /// <summary>
        /// A value that is a person's name and nothing else ("Dr. Ines Park, DPT"): its capitalized words, without
        /// titles, initials and credentials, added to <paramref name="people"/> when there are one to four.
        /// </summary>
        public void LearnWholeName(string text, List<string[]> people)
        {
            var keys = new List<string>(4);
            foreach (var token in NameTokenizer.Tokenize(text))
            {
                if (token.IsCapitalized && !token.IsInitial && !lexicon.Honorifics.Contains(token.Key) && !lexicon.ClinicianTitles.Contains(token.Key)
                    && !lexicon.Credentials.Contains(text[token.Start..token.End].ToUpperInvariant()))
                {
                    keys.Add(token.Key);
                }
            }

            if (keys.Count is >= 1 and <= 4)
            {
                people.Add([.. keys]);
            }
        }

        /// <summary>The people <paramref name="segment"/> introduces as staff, added to <paramref name="people"/> as their name keys.</summary>
        /// <param name="teamPage">True on a team page, where a full name opening a heading or the title is a clinician's too.</param>
        public void Learn(Segment segment, bool teamPage, List<string[]> people)
        {
            var text = segment.Text;
            var tokens = NameTokenizer.Tokenize(text);
            LearnTitled(text, tokens, people, fullNamesOnly: false);
            if (_finder.FindOrNull(text, tokens, null) is not { } matches)
            {
                return;
            }

            var heading = teamPage && IsHeading(segment);
            var first = heading ? text.Length - text.AsSpan().TrimStart().Length : -1;
            foreach (var match in matches)
            {
                if (match.Keys.Count < 2 || match.Cue is NameCue.Patient or NameCue.Signature)
                {
                    continue; // a bare given name, or a patient's
                }

                if (match.Start == first || _judge.Judge(segment, match, PageProfile.Unknown, []) is (NameRole.Staff, _))
                {
                    people.Add([.. match.Keys]);
                }
            }
        }

        /// <summary>"Dr. Alma Reyes", "Dr. Reyes": the words after a clinician title (the finder skips them).</summary>
        /// <param name="fullNamesOnly">True to leave out "Dr. Reyes" (a family name alone).</param>
        public void LearnTitled(string text, List<NameToken> tokens, List<string[]> people, bool fullNamesOnly)
        {
            for (var i = 0; i + 1 < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized || !lexicon.ClinicianTitles.Contains(tokens[i].Key) || !tokens[i + 1].IsCapitalized
                    || !NameRun.IsTitleGap(text, tokens[i].End, tokens[i + 1].Start))
                {
                    continue;
                }

                var end = NameRun.End(text, tokens, i + 1);
                var keys = tokens.Skip(i + 1).Take(end - i - 1).Where(t => !t.IsInitial && t.Key.Length > 1).Select(t => t.Key).ToArray();
                // "Dr. Reyes" alone: only a family name, never a given name ("Dr. Alma" would silence every Alma).
                if (keys.Length >= 2 || (!fullNamesOnly && keys.Length == 1 && !lexicon.IsGiven(keys[0])))
                {
                    people.Add(keys);
                }

                i = end - 1;
            }
        }

        private static bool IsHeading(Segment segment) => segment.Kind is RegionKind.Heading or RegionKind.Title
            || (segment.IsKeyedValue && segment.Name is { } key && TitleKeys.Contains(key, StringComparer.Ordinal));
    }
}
