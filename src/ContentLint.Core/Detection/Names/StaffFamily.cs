namespace ContentLint.Core.Detection.Names;

/// <summary>
/// A clinician's own family on a bio or team-news paragraph: "Dr. Imre lives in town with his wife Dora and their
/// children, Pia and Tom", "on the arrival of baby Pia". The relative cue is nobody's or follows "his", "her" or
/// "their" (not "my" or "our": a patient's words), a clinician is named in the same sentence
/// (a clinician title or credential, or a word of a clinician's name on this page), and the sentence says nothing of
/// care (no health words, no visit): whose family it is, is the clinician's.
/// </summary>
internal sealed class StaffFamily(NameLexicon lexicon)
{
    /// <summary>How far out the sentence of a name is looked for.</summary>
    private const int SentenceReach = 200;

    public bool Holds(string text, NameMatch match, HashSet<string> staffKeys)
    {
        if (!HasThirdPersonRelativeCue(text, match.Start))
        {
            return false;
        }

        var (from, to) = Text.Sentences.Around(text, match.Start, match.End, SentenceReach);
        return NamesClinician(text, from, to, staffKeys)
            && !Context.HealthVocabulary.HasHealthContext(text, from, to, 0)
            && !lexicon.VisitPhraseSearch.ContainsAny(text.AsSpan(from, to - from));
    }

    /// <summary>"his wife", "their two children,", "baby": a relative word among the words before the name, not after "my" or "our".</summary>
    private bool HasThirdPersonRelativeCue(string text, int start)
    {
        var before = NearbyWords.Before(text, start, 4);
        for (var k = 0; k < before.Count && k < 2; k++)
        {
            if (lexicon.IsRelativeCue(before[k]) || lexicon.PluralRelativeCues.Contains(before[k]))
            {
                if (k + 1 == before.Count)
                {
                    return true; // "Baby Orla arrived": nobody else's relative
                }

                var owner = before[k + 1] is "two" or "three" or "four" or "young" or "little" or "new" && k + 2 < before.Count ? before[k + 2] : before[k + 1];
                return owner is not ("my" or "our" or "your" or "patient" or "patients" or "patient's");
            }
        }

        return false;
    }

    /// <summary>A clinician title before a capitalized word, a credential, or a word of a clinician's name on this page.</summary>
    private bool NamesClinician(string text, int from, int to, HashSet<string> staffKeys)
    {
        var words = Context.HealthWordForms.Words(text, from, to);
        var previousWasTitle = false;
        while (words.MoveNext())
        {
            var word = words.Word;
            if (word.Length == 0 || !char.IsUpper(word[0]))
            {
                previousWasTitle = false;
                continue;
            }

            var key = NameText.Fold(word);
            if (previousWasTitle || staffKeys.Contains(key) || lexicon.Credentials.Contains(word.ToString().ToUpperInvariant()))
            {
                return true;
            }

            previousWasTitle = lexicon.ClinicianTitles.Contains(key);
        }

        return false;
    }
}
