namespace ContentLint.Core.Images;

/// <summary>How one scanned page shows an image: whether it is a patient page, and what its valid consent covers.</summary>
internal sealed record ImageUse(bool PatientPage, IReadOnlySet<string> CoveredScope);
