using System.Text;

namespace ContentLint.Core.Pipeline;

/// <summary>
/// Turns matched text into its shape so messages can say what was found without saying it: digits become
/// <c>*</c> one for one (a format is useful, e.g. <c>***-**-****</c>), runs of letters become <c>***</c>.
/// </summary>
internal static class Redactor
{
    public static string Shape(string matched)
    {
        var shape = new StringBuilder(matched.Length);
        var inLetters = false;
        foreach (var c in matched)
        {
            if (char.IsLetter(c) || char.IsSurrogate(c))
            {
                if (!inLetters)
                {
                    shape.Append("***");
                }

                inLetters = true;
                continue;
            }

            inLetters = false;
            shape.Append(char.IsDigit(c) ? '*' : char.IsWhiteSpace(c) ? ' ' : c);
        }

        return shape.ToString();
    }
}
