using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ContentLint.Core.Detection;
using ContentLint.Core.Detection.Identifiers;

namespace ContentLint.Core.Tests.Detection.Identifiers;

/// <summary>
/// The scanner as it was before its prefilters, kept as the reference the equivalence tests compare <see cref="IpAddressScanner"/> with.
/// IPv4 (dotted quad, octets 0-255 without leading zeros) and IPv6 (full or compressed, validated by
/// <see cref="IPAddress.TryParse(string, out IPAddress)"/>) addresses that stand alone in text. Addresses that
/// identify no one are skipped: private, loopback, link-local, multicast, unspecified and netmask-like ones.
/// </summary>
internal static class LegacyIpAddressScanner
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
    private static readonly Regex V4 = new(@"[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}", Options);
    private static readonly Regex V6 = new(@"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:[0-9]{1,3}(?:\.[0-9]{1,3}){3})?", Options);

    public static List<(int Start, int Length)> Find(string text)
    {
        var found = new List<(int, int)>();
        if (!TextChecks.HasAsciiDigit(text) && !text.Contains(':', StringComparison.Ordinal))
        {
            return found; // IPv4 needs digits, IPv6 colons
        }

        foreach (var match in V4.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            if (IpAddressScanner.IsStandalone(text, match.Index, end) && IPAddress.TryParse(text.AsSpan(match.Index, match.Length), out var address)
                && !IpAddressScanner.HasLeadingZero(text.AsSpan(match.Index, match.Length)) && IpAddressScanner.IsPersonal(address))
            {
                found.Add((match.Index, match.Length));
            }
        }

        foreach (var match in V6.EnumerateMatches(text))
        {
            var end = match.Index + match.Length;
            var span = text.AsSpan(match.Index, match.Length);
            if (IpAddressScanner.IsStandalone(text, match.Index, end) && IpAddressScanner.LooksLikeV6(span)
                && IPAddress.TryParse(span, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6 && IpAddressScanner.IsPersonal(address))
            {
                found.Add((match.Index, match.Length));
            }
        }

        return found;
    }
}
