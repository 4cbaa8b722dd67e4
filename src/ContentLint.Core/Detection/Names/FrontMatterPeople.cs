using System.Collections.Frozen;
using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Names;

/// <summary>
/// Names by their place in the front matter: on a story page the value of a person key (<c>name</c>, <c>patient</c>,
/// <c>reviewer</c>, and <c>title</c> when it is a person's name) is the patient's name; on other pages the
/// <c>author</c> is staff or a writer, never a patient.
/// </summary>
internal sealed class FrontMatterPeople(NameLexicon lexicon)
{
    /// <summary>The last key of a front-matter path ("testimonial.author", "authors[0]" → "author", "authors").</summary>
    public static string LastKey(string? path) => Profile.KeyWords.LastKey(path).ToLowerInvariant();

    /// <summary>True for the keys of the page's author or reviewer (<c>author</c>, <c>authors</c>, <c>reviewed_by</c>).</summary>
    public static bool IsAuthorKey(Segment segment) =>
        segment.IsKeyedValue && LastKey(segment.Name) is "author" or "authors" or "editor" or "reviewer"
            or "reviewers" or "reviewed_by" or "reviewedby" or "medical_reviewer" or "medically_reviewed_by";

    private static bool IsCapitalInitials(ReadOnlySpan<char> word)
    {
        if (word.Length is < 1 or > 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a key that names the clinician of a story (<c>doctor</c>, <c>team</c>, <c>treated_by</c>).</summary>
    public bool IsStaffKey(Segment segment) => segment.IsKeyedValue && IsKeyIn(segment.Name, lexicon.StaffKeys);

    /// <summary>
    /// True for a person key that says whose name it holds: a patient word before its last word (<c>patientName</c>,
    /// <c>member_last_name</c>). Such a value is a patient's name in any file, a story or a back-office export.
    /// </summary>
    public bool IsPatientKey(Segment segment)
    {
        if (!segment.IsKeyedValue)
        {
            return false;
        }

        var words = Profile.KeyWords.Of(Profile.KeyWords.LastKey(segment.Name));
        if (words.Length < 2 || !Profile.KeyWords.AreIn(words, lexicon.PersonKeys))
        {
            return false;
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            if (lexicon.PatientKeyWords.Contains(words[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the last key of <paramref name="path"/>, read as words (<c>authorName</c>, <c>reviewer_name</c>), is in <paramref name="keys"/>.</summary>
    private static bool IsKeyIn(string? path, FrozenSet<string> keys) => Profile.KeyWords.AreIn(Profile.KeyWords.Of(Profile.KeyWords.LastKey(path)), keys);

    /// <summary>
    /// The whole value of a person key on a story page (or of a patient key anywhere) as one name, or null when the key is no person key or the
    /// value does not look like a name (one to four capitalized words and initials, none of them an organization's).
    /// </summary>
    public NameMatch? PersonKeyName(Segment segment, List<NameToken> tokens)
    {
        var key = LastKey(segment.Name);
        var isTitle = key == "title";
        var text = segment.Text;
        if (!segment.IsKeyedValue || !(isTitle || IsKeyIn(segment.Name, lexicon.PersonKeys)))
        {
            return null;
        }

        // A name is short, and every word of it counts: lower-case and capitals-only ones too ("maria", "JD"), which
        // the finder's tokens leave unfolded or skip, so the value is tokenized again, whole.
        if (tokens.Count > 5 || text.Length > 80)
        {
            return null;
        }

        tokens = NameTokenizer.Tokenize(text);
        if (tokens.Count is 0 or > 5)
        {
            return null;
        }

        var keys = new List<string>(tokens.Count);
        var lowerCase = false;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            // "JD" and "J.D." alike are initials: a person key's value of a few capitals is no acronym but a signature.
            if (token.IsInitial || IsCapitalInitials(text.AsSpan(token.Start, token.End - token.Start)))
            {
                continue;
            }

            // "Wren and Tobin Calloway": a couple signs together.
            if (!isTitle && t > 0 && t < tokens.Count - 1 && token.Key is "and")
            {
                continue;
            }

            if (token.IsPossessive || lexicon.NotPersonWords.Contains(token.Key) || lexicon.PlaceWords.Contains(token.Key) || lexicon.AnonymousSigners.Contains(token.Key)
                || (!token.IsCapitalized && isTitle))
            {
                return null;
            }

            lowerCase |= !token.IsCapitalized;
            keys.Add(token.Key);
        }

        // Every character outside the words is a space, a dot of an initial, a hyphen, an apostrophe or an ampersand.
        for (var i = tokens[0].Start; i < tokens[^1].SpanEnd; i++)
        {
            if (!(char.IsLetter(text[i]) || text[i] is ' ' or '.' or '-' or '\'' or '\u2019' or '&'))
            {
                return null;
            }
        }

        // A patient signing with initials only ("J.D.") is still someone the practice can name: less sure than a name.
        if (keys.Count == 0)
        {
            return isTitle ? null : new NameMatch(tokens[0].Start, tokens[^1].SpanEnd, Confidence.Medium, keys, NameCue.PersonKey);
        }

        // Reviewers often type their name in lower case ("maria gomez"): a name when the name lists know one of its words.
        if (lowerCase)
        {
            return keys.Any(k => lexicon.IsGiven(k) || lexicon.IsSurname(k))
                ? new NameMatch(tokens[0].Start, tokens[^1].SpanEnd, Confidence.Medium, keys, NameCue.PersonKey)
                : null;
        }

        // A title is a person's name only when it starts with a given name ("Amara O." but not "Fresh Start").
        if (isTitle && !(lexicon.IsGiven(keys[0]) && keys.Skip(1).All(lexicon.IsSurname)))
        {
            return null;
        }

        return new NameMatch(tokens[0].Start, tokens[^1].SpanEnd, Confidence.High, keys, NameCue.PersonKey);
    }
}
