namespace ContentLint.Core.Detection.Names;

/// <summary>Names in image file names: "ann-lee-before.jpg", "/img/ruth_abernathy_2024.png".</summary>
internal static class FileNameNames
{
    /// <summary>The words of the last path segment (without extension): letters only, split at anything else.</summary>
    public static List<(int Start, int End, string Key)> Words(string url)
    {
        var query = url.IndexOfAny(['?', '#']);
        var end = query < 0 ? url.Length : query;
        var slash = url.LastIndexOf('/', Math.Max(0, end - 1));
        var dot = url.LastIndexOf('.', Math.Max(0, end - 1));
        var start = slash + 1;
        if (dot > start)
        {
            end = dot;
        }

        var words = new List<(int, int, string)>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetter(url[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && char.IsLetter(url[i]))
            {
                i++;
            }

            words.Add((wordStart, i, NameText.Fold(url.AsSpan(wordStart, i - wordStart))));
        }

        return words;
    }
}
