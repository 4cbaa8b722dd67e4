namespace ContentLint.Core.Model;

/// <summary>How sure a detector is that a candidate is really an identifier of a patient.</summary>
/// <remarks>Low confidence lowers the reported severity by one step (error to warning, warning to note).</remarks>
public enum Confidence
{
    Low = 0,
    Medium = 1,
    High = 2,
}
