namespace ContentLint.Core.Detection.Names;

/// <summary>Names in the file names of photos, videos and documents: "ann-lee-before.jpg", "/img/ruth_abernathy_2024.png".</summary>
internal static class FileNameNames
{
    /// <summary>Longer than any file reference: a longer value is text that happens to end in ".pdf".</summary>
    private const int MaxReferenceLength = 300;

    // Asked of every short segment of every page: looked up by span, without a string per question.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif", ".heic", ".tif", ".tiff",
        ".mp4", ".mov", ".m4v", ".webm", ".avi", ".mkv", ".mp3", ".m4a", ".wav",
        ".pdf", ".doc", ".docx",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A reference to a photo, a video or a document by its path or URL: one line ending in such an extension.</summary>
    public static bool IsMediaFile(string value)
    {
        var text = value.AsSpan().Trim();
        if (text.Length is 0 or > MaxReferenceLength || text.ContainsAny('\n', '\r'))
        {
            return false;
        }

        var query = text.IndexOfAny('?', '#');
        var path = query < 0 ? text : text[..query];
        var dot = path.LastIndexOf('.');
        return dot > 0 && MediaExtensions.Contains(path[dot..]);
    }

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
