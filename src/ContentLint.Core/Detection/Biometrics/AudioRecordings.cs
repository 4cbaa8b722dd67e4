using ContentLint.Core.Model;

namespace ContentLint.Core.Detection.Biometrics;

/// <summary>
/// Audio files (voice recordings) linked or embedded on a page. A voice is a biometric identifier: a recording is
/// reported on a patient page, or elsewhere when its file name says it is a patient's voice or story.
/// </summary>
internal sealed class AudioRecordings(IReadOnlyList<string> extensions, IReadOnlyList<string> nameCues)
{
    public Confidence? Classify(string url, bool patientPage)
    {
        var path = url.AsSpan();
        var cut = path.IndexOfAny('?', '#');
        path = cut >= 0 ? path[..cut] : path;
        var dot = path.LastIndexOf('.');
        if (dot < 0 || path.Length > 2048 || !HasAudioExtension(path[(dot + 1)..]))
        {
            return null;
        }

        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..dot];
        var named = false;
        foreach (var cue in nameCues)
        {
            named |= name.Contains(cue, StringComparison.OrdinalIgnoreCase);
        }

        return patientPage ? Confidence.High : named ? Confidence.Medium : null;
    }

    private bool HasAudioExtension(ReadOnlySpan<char> extension)
    {
        foreach (var known in extensions)
        {
            if (extension.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
