namespace ContentLint.Core.Detection;

/// <summary>How a telephone number is written.</summary>
internal enum PhoneNumberFormat
{
    /// <summary>Punctuated North American forms: (555) 201-3300, 555-201-3300, 555.201.3300, +1 prefixes.</summary>
    NorthAmerican,
    /// <summary>Digit groups separated by spaces only (555 201 3300): also how other numbers get listed.</summary>
    SpaceSeparated,
    /// <summary>A + and a country code other than 1, with enough digits.</summary>
    International,
    /// <summary>The target of a <c>tel:</c> link.</summary>
    TelLink,
}
