using System.Globalization;
using ContentLint.Core.Pipeline;

namespace ContentLint.MSBuild;

/// <summary>Parses the task's string properties as the command line parses the matching options.</summary>
internal static class TaskSettings
{
    /// <summary>The accepted values of <c>ContentLintFailOn</c>, as the command line's <c>--fail-on</c>.</summary>
    public const string FailOnValues = "error, warning, note, never";

    /// <summary><c>ContentLintFailOn</c>: empty means the default, <c>error</c>; case is ignored.</summary>
    public static bool TryParseFailOn(string? value, out FailOn failOn)
    {
        failOn = FailOn.Error;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        // Enum.TryParse would also accept numbers ("1"); only the four names are valid.
        return FailOnValues.Split(", ").Contains(value.Trim(), StringComparer.OrdinalIgnoreCase)
            && Enum.TryParse(value.Trim(), ignoreCase: true, out failOn);
    }

    /// <summary><c>ContentLintToday</c>: YYYY-MM-DD, or empty for the local date.</summary>
    public static bool TryParseToday(string? value, out DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            today = DateOnly.FromDateTime(DateTime.Now);
            return true;
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today);
    }
}
