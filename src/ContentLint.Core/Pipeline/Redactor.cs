using System.Text;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Turns matched text into its shape so messages can say what was found without saying it: digits become
/// <c>*</c> one for one (a format is useful, e.g. <c>***-**-****</c>), runs of letters (with their combining marks)
/// become <c>***</c>. Only ASCII punctuation and whitespace are kept as they are: any other character (a superscript
/// or circled numeral, a symbol) could itself be part of the identifier, so it becomes <c>*</c>.
/// </summary>
internal static class Redactor
{
    public static string Shape(string matched)
    {
        var shape = new StringBuilder(matched.Length);
        var inLetters = false;
        foreach (var c in matched)
        {
            if (char.IsLetter(c) || char.IsSurrogate(c) || IsCombiningMark(c))
            {
                if (!inLetters)
                {
                    shape.Append("***");
                }

                inLetters = true;
                continue;
            }

            inLetters = false;
            shape.Append(char.IsWhiteSpace(c) ? ' ' : char.IsAsciiDigit(c) || !char.IsAscii(c) ? '*' : c);
        }

        return shape.ToString();
    }

    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
