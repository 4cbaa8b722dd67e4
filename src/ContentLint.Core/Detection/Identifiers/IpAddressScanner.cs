using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Identifiers;

/// <summary>
/// IPv4 (dotted quad, octets 0-255 without leading zeros) and IPv6 (full or compressed, validated by
/// <see cref="IPAddress.TryParse(string, out IPAddress)"/>) addresses that stand alone in text. Addresses that
/// identify no one are skipped: private, loopback, link-local, multicast, unspecified and netmask-like ones.
/// </summary>
internal static class IpAddressScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly Regex V4 = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);
    private static readonly Regex V6 = new(@"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?", Options);

    public static List<(int Start, int Length)> Find(string text) => Find(text, usePrefilters: true);

    /// <summary>With <paramref name="usePrefilters"/> false, every regex runs on every text: the reference the prefilters are tested against.</summary>
    internal static List<(int Start, int Length)> Find(string text, bool usePrefilters)
    {
        var found = new List<(int Start, int Length)>();
        Find(text, found, usePrefilters);
        return found;
    }

    /// <summary>As <see cref="Find(string)"/>, into <paramref name="found"/> (cleared first): a detector reuses one list for all its segments.</summary>
    internal static void Find(string text, List<(int Start, int Length)> found, bool usePrefilters = true)
    {
        found.Clear();
        if (!TextChecks.HasAsciiDigit(text) && !text.Contains(':', StringComparison.Ordinal))
        {
            return; // IPv4 needs digits, IPv6 colons
        }

        // The prefilters only skip a regex that cannot match in this text.
        if (!usePrefilters || IpAddressPrefilter.MayHaveV4(text))
        {
            foreach (var match in V4.EnumerateMatches(text))
            {
                var end = match.Index + match.Length;
                if (IsStandalone(text, match.Index, end) && IPAddress.TryParse(text.AsSpan(match.Index, match.Length), out var address)
                    && !HasLeadingZero(text.AsSpan(match.Index, match.Length)) && IsPersonal(address))
                {
                    found.Add((match.Index, match.Length));
                }
            }
        }

        if (!usePrefilters || IpAddressPrefilter.MayHaveV6(text))
        {
            foreach (var match in V6.EnumerateMatches(text))
            {
                var end = match.Index + match.Length;
                var span = text.AsSpan(match.Index, match.Length);
                if (IsStandalone(text, match.Index, end) && LooksLikeV6(span)
                    && IPAddress.TryParse(span, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6 && IsPersonal(address))
                {
                    found.Add((match.Index, match.Length));
                }
            }
        }
    }

    /// <summary>Not glued to other words or numbers, not a longer dotted number (1.2.3.4.5), not inside a URL path.</summary>
    internal static bool IsStandalone(string text, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ':' or '/' or '_' or '-' or '@'))
        {
            return false;
        }

        return end >= text.Length
            || !(char.IsLetterOrDigit(text[end]) || text[end] is ':' or '_' or '@'
                 || (text[end] is '.' or '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])));
    }

    /// <summary>At least three groups with a digit in them: "std::vector" and "a:b:c" are not addresses.</summary>
    internal static bool LooksLikeV6(ReadOnlySpan<char> span)
    {
        var groups = 0;
        var digit = false;
        foreach (var range in span.Split(':'))
        {
            groups += span[range].Length > 0 ? 1 : 0;
            foreach (var c in span[range])
            {
                digit |= char.IsAsciiDigit(c);
            }
        }

        return groups >= 3 && digit;
    }

    internal static bool HasLeadingZero(ReadOnlySpan<char> span)
    {
        foreach (var range in span.Split('.'))
        {
            if (span[range].Length > 1 && span[range][0] == '0')
            {
                return true; // 01.02.2026 is a date, 010.1.1.1 an octal curiosity
            }
        }

        return false;
    }

    internal static bool IsPersonal(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? !(b[0] is 0 or 10 or >= 224 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127) || b[0] == 255)
            : !(address.IsIPv6LinkLocal || address.IsIPv6Multicast || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal);
    }
}
