namespace ContentLint.Core.Detection.Names;

/// <summary>What, besides the dictionaries, made a span a name: the evidence its role and confidence are decided from.</summary>
internal enum NameCue
{
    /// <summary>Only its form: a dictionary given name, alone or with a surname.</summary>
    None,

    /// <summary>A patient, relative or label word before it ("her son Leo", "patient Li") or an age after it ("Ivo, age 93").</summary>
    Patient,

    /// <summary>A speaking verb after it ("Nkem says"): a person, not necessarily a patient.</summary>
    Speech,

    /// <summary>An honorific before a family name ("Mrs. Adeyemi").</summary>
    Honorific,

    /// <summary>A signature line under a quote ("— Nisha R."): a name by position, in any language.</summary>
    Signature,

    /// <summary>The value of a person key in a story page's front matter (<c>name:</c>, <c>patient:</c>): a name by position.</summary>
    PersonKey,

    /// <summary>Another mention of a name the page has already named.</summary>
    Mention,
}
