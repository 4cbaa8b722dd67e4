namespace ContentLint.Core.Detection.Dates;

/// <summary>The three month-name date patterns <see cref="MonthDatePatterns"/> matches by hand.</summary>
internal enum MonthDatePattern
{
    /// <summary><c>\b W? M " +" D (?:,? +Y)?</c>: "Saturday, March 7th, 2026".</summary>
    MonthFirst,

    /// <summary><c>\b W? (?:the +)? D " +" (?:of +)? M (?:,? +Y)?</c>: "the 3rd of March 2026".</summary>
    DayFirst,

    /// <summary><c>\b M " +" (?:of +)? Y</c>: "March 2026".</summary>
    MonthYear,
}
