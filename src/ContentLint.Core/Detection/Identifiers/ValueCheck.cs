namespace ContentLint.Core.Detection.Identifiers;

/// <summary>What a value after a label must pass besides the general identifier shape.</summary>
internal enum ValueCheck
{
    /// <summary>Any identifier-shaped code (digits, optionally letters and separators).</summary>
    Shape,
    /// <summary>A Social Security number: nine digits, dashed or not, in the issued ranges.</summary>
    Ssn,
    /// <summary>A payment card number with a valid Luhn checksum.</summary>
    Luhn,
    /// <summary>A DEA registration number with a valid check digit.</summary>
    Dea,
}
