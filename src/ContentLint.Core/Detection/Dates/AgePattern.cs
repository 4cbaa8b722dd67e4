namespace ContentLint.Core.Detection.Dates;

/// <summary>The six age patterns <see cref="AgePatterns"/> matches by hand; each has a number group n.</summary>
internal enum AgePattern
{
    /// <summary><c>\b(?&lt;n&gt;[0-9]{2,3}|[Nn]inety(?:[ -][a-z]+)?)(?: |-)(?:years?|yrs?\.?)(?: |-)old\b</c></summary>
    YearsOld,

    /// <summary><c>\b(?:[Aa]ged?|AGE) +(?&lt;n&gt;[0-9]{2,3}|ninety(?:-[a-z]+)?)\b</c></summary>
    AgeWord,

    /// <summary><c>\b(?:turned|turns|turning) +(?&lt;n&gt;[0-9]{2,3})\b</c></summary>
    Turned,

    /// <summary><c>\b(?&lt;n&gt;[0-9]{2,3})(?:st|nd|rd|th) +birthday\b</c></summary>
    Birthday,

    /// <summary><c>\b[Aa]t +(?&lt;n&gt;[0-9]{2,3})(?:$|[,.;:!?)])</c></summary>
    AtAge,

    /// <summary><c>\b[A-Z][a-z]+(?:, +(?&lt;n&gt;[0-9]{2,3})[,)]| +\((?&lt;n&gt;[0-9]{2,3})\))</c></summary>
    Apposition,
}
