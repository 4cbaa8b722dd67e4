using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Gives a name mention its role from the words around it and the page: not a person (a Title Case heading or label),
/// staff (credentials after it, a staff page, a clinician's name seen on the page), or a public figure or cited
/// author (a public role, "according to", "et al.", "(2019)", "X's book"). Everything else stays unknown.
/// </summary>
internal sealed class NameRoleJudge(NameLexicon lexicon)
{
    private readonly StaffFamily _staffFamily = new(lexicon);

    /// <summary>The role of <paramref name="match"/> in <paramref name="segment"/>, and why (safe to print), or Unknown and null.</summary>
    /// <param name="staffKeys">Words of the clinicians' names on this page ("Dr. Alma Reyes" makes "Maria" staff).</param>
    public (NameRole Role, string? Why) Judge(Segment segment, NameMatch match, PageProfile profile, HashSet<string> staffKeys)
    {
        var text = segment.Text;
        if (profile.Kind == PageKind.Staff)
        {
            return (NameRole.Staff, "a staff page");
        }

        if (match.Cue is not (NameCue.Signature or NameCue.PersonKey or NameCue.Honorific or NameCue.Patient)
            && TitleCasePhrase.Holds(text, match.Start, match.End, IsShortTitleRegion(segment.Kind)))
        {
            return (NameRole.NotAPerson, "a Title Case heading or label");
        }

        if (HasCredentialAfter(text, match.End))
        {
            return (NameRole.Staff, "a credential after the name");
        }

        if (match.Cue != NameCue.Patient && HasStaffRoleBeside(text, match))
        {
            return (NameRole.Staff, "a staff role beside the name");
        }

        // Every word of the name is one clinician's on the site roster: "Alma" or "Alma Reyes" once a team page
        // introduced "Dr. Alma Reyes", never "Alma Soto". A title and family name ("Mrs. Reyes") stays a patient's.
        if (match.Cue != NameCue.Honorific && profile.Site.NamesStaff(match.Keys))
        {
            return (NameRole.Staff, "a clinician the site's own pages introduce");
        }

        if (match.Cue != NameCue.Honorific && match.Keys.Count > 0 && match.Keys.All(staffKeys.Contains))
        {
            return (NameRole.Staff, "a clinician's name on this page");
        }

        if (match.Cue == NameCue.Patient && !profile.IsStory && _staffFamily.Holds(text, match, staffKeys))
        {
            return (NameRole.StaffFamily, "a clinician's family");
        }

        if (IsCited(text, match, profile.IsStory) is { } cited)
        {
            return (NameRole.PublicFigure, cited);
        }

        if (!profile.IsStory && match.Cue is not (NameCue.Patient or NameCue.Signature or NameCue.PersonKey) && IsPublicFigureSentence(text, match))
        {
            return (NameRole.PublicFigure, "a public figure's sentence");
        }

        if (!profile.IsStory && NearbyWords.After(text, match.End, 1, stopAtComma: true) is [var verb] && lexicon.CitationVerbs.Contains(verb)
            && NearbyWords.Following(text, match.End) is { Length: > 0 } following && char.IsLower(following[0]))
        {
            return (NameRole.PublicFigure, "a cited author's verb after the name");
        }

        return (NameRole.Unknown, null);
    }

    /// <summary>"Olympic rower ... has spoken publicly about his depression": the name's sentence presents a public figure.</summary>
    private bool IsPublicFigureSentence(string text, NameMatch match)
    {
        var (from, to) = Text.Sentences.Around(text, match.Start, match.End, SentenceReach);
        return lexicon.PublicFigurePhrases.ContainsAny(text.AsSpan(from, to - from));
    }

    /// <summary>How far out the sentence of a name is looked for.</summary>
    private const int SentenceReach = 200;

    private static bool IsShortTitleRegion(RegionKind kind) =>
        kind is RegionKind.Heading or RegionKind.LinkText or RegionKind.TableCell or RegionKind.Title or RegionKind.ImageAlt
            or RegionKind.MetaContent or RegionKind.FrontMatterValue or RegionKind.DataValue;

    /// <summary>", DDS", " MD", ", PhD, LCSW": a post-nominal credential right after the name.</summary>
    private bool HasCredentialAfter(string text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && i - end < 3 && text[i] == ' ')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && i - start < 12 && (char.IsLetter(text[i]) || text[i] is '.' or '-'))
        {
            i++;
        }

        if (i == start || i == end || !char.IsUpper(text[start]))
        {
            return false;
        }

        var credential = text[start..i].Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return lexicon.Credentials.Contains(credential);
    }

    /// <summary>Why the name is a public figure's or a cited author's, or null.</summary>
    /// <param name="story">
    /// On a patient story a role says what the patient does ("Jo Reyes, a sophomore linebacker, missed four weeks"):
    /// only citations make a cited person there, not roles.
    /// </param>
    private string? IsCited(string text, NameMatch match, bool story)
    {
        var before = NearbyWords.Before(text, match.Start, 3);
        if (before.Count >= 2 && before[0] == "to" && before[1] == "according")
        {
            return "a citation (\"according to\")";
        }

        if (before.Count >= 2 && before[0] == "by" && lexicon.CitationWords.Contains(before[1]))
        {
            return "a citation (a work by the person)";
        }

        if (!story && before.Count >= 1 && (lexicon.PublicRoles.Contains(before[0]) || (before.Count >= 2 && before[0] is "and" or "former" or "famous" && lexicon.PublicRoles.Contains(before[1]))))
        {
            return "a public role before the name";
        }

        var following = NearbyWords.Following(text, match.End);
        if (following.StartsWith("et al", StringComparison.OrdinalIgnoreCase))
        {
            return "a citation (\"et al.\")";
        }

        if (IsCitationYear(following) || HasCoauthorsAndYearAfter(text, match.End))
        {
            return "a citation year after the name";
        }

        if (text.AsSpan(match.End).StartsWith("'s ", StringComparison.Ordinal) || text.AsSpan(match.End).StartsWith("\u2019s ", StringComparison.Ordinal))
        {
            var works = NearbyWords.After(text, match.End + 2, 2, stopAtComma: true);
            if (works.Count > 0 && (lexicon.CitedWorks.Contains(works[0]) || (works.Count > 1 && lexicon.CitedWorks.Contains(works[1]))))
            {
                return "a work of the person (\"X's book\")";
            }
        }

        if (!story && match.End < text.Length && text[match.End] == ',' && IsPublicApposition(NearbyWords.After(text, match.End + 1, 6, stopAtComma: true)))
        {
            return "a public role after the name";
        }

        return null;
    }

    /// <summary>"(2019)", "(1998, p. 4)", ", 2021)": a year in a citation right after the name.</summary>
    private static bool IsCitationYear(ReadOnlySpan<char> following)
    {
        var rest = following.StartsWith("(") || following.StartsWith(",") ? following[1..].TrimStart(' ') : [];
        return rest.Length >= 4 && rest[..4].ContainsAnyExceptInRange('0', '9') is false
            && (rest.Length == 4 || !char.IsAsciiDigit(rest[4]))
            && (rest[0] is '1' or '2');
    }

    /// <summary>How far co-authors and their year may run after a name ("Neff, Germer and Lutterby (2019)").</summary>
    private const int CoauthorReach = 60;

    /// <summary>" and Germer (2019)", ", Germer & Lutterby, 2021)": co-authors, then a citation year, right after the name.</summary>
    private static bool HasCoauthorsAndYearAfter(string text, int end)
    {
        var limit = Math.Min(text.Length, end + CoauthorReach);
        var i = end;
        var joined = false;
        while (i < limit)
        {
            var c = text[i];
            if (c is '(' || (c == ',' && i + 1 < limit && text.AsSpan(i + 1).TrimStart(' ') is { Length: > 0 } rest && char.IsAsciiDigit(rest[0])))
            {
                return joined && IsCitationYear(text.AsSpan(i, Math.Min(24, text.Length - i)));
            }

            if (char.IsLetter(c))
            {
                var start = i;
                while (i < limit && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '.'))
                {
                    i++;
                }

                var word = text.AsSpan(start, i - start);
                if (word is "and" or "et" or "al." or "al")
                {
                    joined |= word is "and";
                    continue;
                }

                if (!char.IsUpper(word[0]))
                {
                    return false;
                }

                continue;
            }

            if (c is '&')
            {
                joined = true;
            }
            else if (c is not (' ' or ','))
            {
                return false;
            }

            i++;
        }

        return false;
    }

    /// <summary>", a psychologist and author,", ", the former senator": an apposition naming a public role.</summary>
    private bool IsPublicApposition(List<string> words)
    {
        if (words.Count == 0 || !(words[0] is "a" or "an" or "the" or "former" or "famous" or "renowned" or "noted" or "who" || lexicon.PublicRoles.Contains(words[0])))
        {
            return false;
        }

        return words.Exists(lexicon.PublicRoles.Contains);
    }

    /// <summary>
    /// "my hygienist Kim", "massage therapist Imani", "Kim, our receptionist", "Kim at the front desk", "sessions
    /// with Kim": a staff role or a course of care
    /// right before or after a name makes it a colleague of the practice, not a patient, on a story page too.
    /// </summary>
    private bool HasStaffRoleBeside(string text, NameMatch match)
    {
        var before = NearbyWords.Before(text, match.Start, 2);
        if (before.Count > 0 && (lexicon.StaffRoles.Contains(before[0]) || (before.Count > 1 && before[0] is "and" && lexicon.StaffRoles.Contains(before[1]))))
        {
            return true;
        }

        if (before is ["with", var care] && lexicon.CareWithNouns.Contains(care))
        {
            return true; // "six sessions with Kim": who gave the care
        }

        var after = NearbyWords.After(text, match.End, 4, stopAtComma: false);
        if (after.Count >= 2 && after[1] is "our" && lexicon.StaffLeadVerbs.Contains(after[0]) && IsFollowedBySpace(text, match.End))
        {
            return true; // "Kim leads our anxiety program": the practice's own programme is led by its staff
        }

        return after.Count >= 2 && (after[0] is "our" or "the" or "my" or "at" or "from" || (after[0] is "is" && after[1] is "our" or "the"))
            && after.Skip(1).Take(3).Any(lexicon.StaffRoles.Contains);
    }

    /// <summary>The name is followed by a space, not a comma: the verb after it is the name's own ("Kim leads", not "Kim, who leads").</summary>
    private static bool IsFollowedBySpace(string text, int end) => end < text.Length && text[end] == ' ';
}
