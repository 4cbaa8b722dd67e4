using System.Collections.Frozen;

namespace ContentLint.Core.Text;

/// <summary>
/// Latin letters with diacritics and their base letters ("é" is "e", "ñ" is "n", "ł" is "l"), so that "Inés" and
/// "Joaquin" fold to one dictionary key. The tool runs with invariant globalization (no ICU, for Native AOT), where
/// <see cref="string.Normalize()"/> leaves text unchanged: a table of its own is the only fold that works the same in
/// the tests and in the shipped tool. Generated from the Unicode decompositions of U+00C0–U+024F and U+1E00–U+1EFF
/// (the first letter of each canonical decomposition), plus the letters with a stroke, which have none.
/// </summary>
internal static class LatinLetters
{
    private static readonly (char Base, string Variants)[] Table =
    [
        ('A', "ÀÁÂÃÄÅĀĂĄǍǞǠǺȀȂȦḀẠẢẤẦẨẪẬẮẰẲẴẶ"),
        ('a', "àáâãäåāăąǎǟǡǻȁȃȧḁạảấầẩẫậắằẳẵặ"),
        ('B', "ḂḄḆ"),
        ('b', "ḃḅḇ"),
        ('C', "ÇĆĈĊČḈ"),
        ('c', "çćĉċčḉ"),
        ('D', "ĎĐḊḌḎḐḒ"),
        ('d', "ďđḋḍḏḑḓ"),
        ('E', "ÈÉÊËĒĔĖĘĚȄȆȨḔḖḘḚḜẸẺẼẾỀỂỄỆ"),
        ('e', "èéêëēĕėęěȅȇȩḕḗḙḛḝẹẻẽếềểễệ"),
        ('F', "Ḟ"),
        ('f', "ḟ"),
        ('G', "ĜĞĠĢǦǴḠ"),
        ('g', "ĝğġģǧǵḡ"),
        ('H', "ĤĦȞḢḤḦḨḪ"),
        ('h', "ĥħȟḣḥḧḩḫẖ"),
        ('I', "ÌÍÎÏĨĪĬĮİǏȈȊḬḮỈỊ"),
        ('i', "ìíîïĩīĭįıǐȉȋḭḯỉị"),
        ('J', "Ĵ"),
        ('j', "ĵǰ"),
        ('K', "ĶǨḰḲḴ"),
        ('k', "ķǩḱḳḵ"),
        ('L', "ĹĻĽŁḶḸḺḼ"),
        ('l', "ĺļľłḷḹḻḽ"),
        ('M', "ḾṀṂ"),
        ('m', "ḿṁṃ"),
        ('N', "ÑŃŅŇǸṄṆṈṊ"),
        ('n', "ñńņňǹṅṇṉṋ"),
        ('O', "ÒÓÔÕÖØŌŎŐƠǑǪǬȌȎȪȬȮȰṌṎṐṒỌỎỐỒỔỖỘỚỜỞỠỢ"),
        ('o', "òóôõöøōŏőơǒǫǭȍȏȫȭȯȱṍṏṑṓọỏốồổỗộớờởỡợ"),
        ('P', "ṔṖ"),
        ('p', "ṕṗ"),
        ('R', "ŔŖŘȐȒṘṚṜṞ"),
        ('r', "ŕŗřȑȓṙṛṝṟ"),
        ('S', "ŚŜŞŠȘṠṢṤṦṨ"),
        ('s', "śŝşšșṡṣṥṧṩ"),
        ('T', "ŢŤŦȚṪṬṮṰ"),
        ('t', "ţťŧțṫṭṯṱẗ"),
        ('U', "ÙÚÛÜŨŪŬŮŰŲƯǓǕǗǙǛȔȖṲṴṶṸṺỤỦỨỪỬỮỰ"),
        ('u', "ùúûüũūŭůűųưǔǖǘǚǜȕȗṳṵṷṹṻụủứừửữự"),
        ('V', "ṼṾ"),
        ('v', "ṽṿ"),
        ('W', "ŴẀẂẄẆẈ"),
        ('w', "ŵẁẃẅẇẉẘ"),
        ('X', "ẊẌ"),
        ('x', "ẋẍ"),
        ('Y', "ÝŶŸȲẎỲỴỶỸ"),
        ('y', "ýÿŷȳẏẙỳỵỷỹ"),
        ('Z', "ŹŻŽẐẒẔ"),
        ('z', "źżžẑẓẕ"),
    ];

    private static readonly FrozenDictionary<char, char> BaseOf = Table
        .SelectMany(entry => entry.Variants.Select(variant => (Variant: variant, entry.Base)))
        .ToFrozenDictionary(pair => pair.Variant, pair => pair.Base);

    /// <summary>The base letter of <paramref name="c"/>, or <paramref name="c"/> itself when it has no diacritic.</summary>
    public static char Base(char c) => c < '\u00C0' ? c : BaseOf.GetValueOrDefault(c, c);

    /// <summary>True when some character of <paramref name="text"/> has a base letter other than itself.</summary>
    public static bool HasDiacritics(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (Base(c) != c)
            {
                return true;
            }
        }

        return false;
    }
}
